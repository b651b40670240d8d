import { describe, expect, it } from 'vitest';
import { correctTypos } from './correct-typos.js';
import { tokenize } from './tokenize.js';

const names = new Set(['gluteus', 'meds', 'heads', 'biceps', 'tricep']);
const mend = (text: string) => correctTypos(tokenize(text), names).join(' ');

describe('correctTypos', () => {
  it('should mend a misspelt question word one typo away, and only one', () => {
    expect(mend('how many heds does the tricep have')).toBe('how many heads does the tricep have');
    // "muscls" is one typo from "muscle" and "muscles": it stays.
    expect(mend('wich muscls flex the elbo')).toBe('which muscls flex the elbow');
  });

  it('should leave English words, names and words a typo from two others', () => {
    expect(mend('is it ok to train with a tear')).toBe('is it ok to train with a tear');
    expect(mend('what do you think about the election')).toBe(
      'what do you think about the election',
    );
    // "bicep" is a name's business, however close to other words.
    expect(mend('show the bicep')).toBe('show the bicep');
    // Not "heads" from another first letter.
    expect(mend('what leads to it')).toBe('what leads to it');
  });
});
