import { describe, expect, it } from 'vitest';
import { exclusionAt } from './exclusion.js';
import { tokenize } from './tokenize.js';

const at = (text: string) => exclusionAt(tokenize(text));

describe('exclusionAt', () => {
  it('should find the word that starts what to leave out', () => {
    expect(at('show the leg muscles except the calf')).toBe(4);
    expect(at('show the arm with no biceps')).toBe(4);
    expect(at('everything but the arms')).toBe(1);
    expect(at('the thigh muscles apart from the quads')).toBe(3);
    expect(at('the hamstrings without the biceps femoris')).toBe(2);
  });

  it('should find none in a message that leaves nothing out, or in a leading no', () => {
    expect(at('show the leg muscles')).toBe(-1);
    expect(at('no, the triceps')).toBe(-1);
  });
});
