import { describe, expect, it } from 'vitest';
import { SelectMusclesPayload } from './select-muscles.js';

describe('SelectMusclesPayload', () => {
  it('should accept a payload without parts, as older senders write it', () => {
    const parsed = SelectMusclesPayload.parse({ muscleIds: ['trapezius'] });
    expect(parsed).toEqual({ muscleIds: ['trapezius'], side: 'both', mode: 'replace' });
  });

  it('should keep parts of the named muscles and drop unknown keys', () => {
    const parsed = SelectMusclesPayload.parse({
      muscleIds: ['trapezius'],
      partIds: ['trapezius/descending'],
      glow: true,
    });
    expect(parsed.partIds).toEqual(['trapezius/descending']);
    expect(parsed).not.toHaveProperty('glow');
  });

  it('should refuse a part of a muscle it does not select, or a malformed part id', () => {
    expect(
      SelectMusclesPayload.safeParse({ muscleIds: ['deltoid'], partIds: ['trapezius/descending'] })
        .success,
    ).toBe(false);
    expect(
      SelectMusclesPayload.safeParse({ muscleIds: ['deltoid'], partIds: ['deltoid'] }).success,
    ).toBe(false);
  });
});
