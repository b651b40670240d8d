import { describe, expect, it } from 'vitest';
import { MusclePartSlug } from '../protocol/muscle-part-id.js';
import { musclePartOfLabel } from './muscle-part-of-label.js';

describe('musclePartOfLabel', () => {
  it('should name parts by their word and heads by their word and "head"', () => {
    expect(musclePartOfLabel('Clavicular part of left deltoid')).toBe('clavicular');
    expect(musclePartOfLabel('Descending part of right trapezius')).toBe('descending');
    expect(musclePartOfLabel('Long head of right biceps brachii')).toBe('long-head');
    expect(musclePartOfLabel('Medial head of left gastrocnemius')).toBe('medial-head');
  });

  it('should give null for a part that draws a whole muscle or a bone', () => {
    expect(musclePartOfLabel('Left soleus')).toBeNull();
    expect(musclePartOfLabel('Right sternocleidomastoid')).toBeNull();
    expect(musclePartOfLabel('Left cuboid bone')).toBeNull();
  });

  it('should give slugs the protocol accepts', () => {
    for (const label of ['Oblique head of left adductor pollicis', 'Spinal part of left deltoid'])
      expect(MusclePartSlug.safeParse(musclePartOfLabel(label)).success).toBe(true);
  });
});
