import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('should lower-case and split on punctuation and hyphens', () => {
    expect(tokenize('Show me the X-ray, please!')).toEqual([
      'show',
      'me',
      'the',
      'x',
      'ray',
      'please',
    ]);
  });

  it('should drop possessives and straighten curly quotes', () => {
    expect(tokenize('the deltoid’s insertion')).toEqual(['the', 'deltoid', 'insertion']);
    expect(tokenize("tailor's muscle")).toEqual(['tailor', 'muscle']);
    expect(tokenize("what's the biceps' nerve")).toEqual(['what', 'the', 'biceps', 'nerve']);
  });

  it('should keep digits and strip accents', () => {
    expect(tokenize('C5–C6 roots')).toEqual(['c5', 'c6', 'roots']);
    expect(tokenize('Músculo bíceps')).toEqual(['musculo', 'biceps']);
  });

  it('should return nothing for blank or symbol-only text', () => {
    expect(tokenize('  ?! ')).toEqual([]);
  });
});
