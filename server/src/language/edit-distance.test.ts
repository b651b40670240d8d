import { describe, expect, it } from 'vitest';
import { editDistance, typoTolerance } from './edit-distance.js';

describe('editDistance', () => {
  it('should count insertions, deletions and substitutions', () => {
    expect(editDistance('biceps', 'biceps')).toBe(0);
    expect(editDistance('bicep', 'biceps')).toBe(1);
    expect(editDistance('triceps', 'biceps')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('should count a swap of neighbouring letters as one edit', () => {
    expect(editDistance('bicpes', 'biceps')).toBe(1);
    expect(editDistance('deltiod', 'deltoid')).toBe(1);
  });

  it('should stop early past the limit', () => {
    expect(editDistance('supraspinatus', 'gastrocnemius', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typoTolerance', () => {
  it('should allow no typo in short words, one in medium and two in long ones', () => {
    expect(typoTolerance('lats')).toBe(0);
    expect(typoTolerance('biceps')).toBe(1);
    expect(typoTolerance('hamstrings')).toBe(2);
  });
});
