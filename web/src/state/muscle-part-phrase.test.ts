import { describe, expect, it } from 'vitest';
import { musclePartPhrase } from './muscle-part-phrase';

describe('musclePartPhrase', () => {
  it('should name parts and heads in words, and nothing for a whole muscle', () => {
    expect(musclePartPhrase(['descending'])).toBe('descending part');
    expect(musclePartPhrase(['long-head', 'short-head'])).toBe('long head, short head');
    expect(musclePartPhrase(undefined)).toBe('');
  });
});
