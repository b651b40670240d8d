import { describe, expect, it } from 'vitest';
import { bringBackAt } from './bring-back.js';
import { tokenize } from './tokenize.js';

const at = (text: string) => bringBackAt(tokenize(text));

describe('bringBackAt', () => {
  it('should find the back that closes a return of something named', () => {
    expect(at('bring the biceps back')).toBe(3);
    expect(at('put the long head of biceps femoris back on please')).toBe(7);
    expect(at('ok can you please get the hamstrings back now')).toBe(7);
  });

  it('should leave a back that is a place or has no object', () => {
    expect(at('get my back straight')).toBeNull();
    expect(at('show the muscles of the back')).toBeNull();
    expect(at('bring back')).toBeNull();
    expect(at('what muscles bring the arm back')).toBeNull();
  });
});
