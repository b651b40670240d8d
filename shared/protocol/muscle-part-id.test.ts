import { describe, expect, it } from 'vitest';
import { formatMusclePartId, MusclePartId, parseMusclePartId } from './muscle-part-id.js';

describe('parseMusclePartId', () => {
  it('should read the muscle and the part of an id it formatted', () => {
    expect(parseMusclePartId(formatMusclePartId('biceps-brachii', 'long-head'))).toEqual({
      muscleId: 'biceps-brachii',
      part: 'long-head',
    });
    expect(parseMusclePartId('trapezius/descending')).toEqual({
      muscleId: 'trapezius',
      part: 'descending',
    });
  });

  it('should refuse ids without a valid muscle or part', () => {
    for (const id of [
      'trapezius',
      'trapezius/',
      '/descending',
      'Trapezius/x',
      'a/b/c',
      'a/long head',
    ])
      expect(parseMusclePartId(id)).toBeNull();
  });
});

describe('MusclePartId', () => {
  it('should accept part ids and reject other strings', () => {
    expect(MusclePartId.safeParse('deltoid/clavicular').success).toBe(true);
    expect(MusclePartId.safeParse('deltoid').success).toBe(false);
  });
});
