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
    expect(at('the hamstrings but not the biceps femoris')).toBe(2);
    expect(at('which muscles work in a squat besides the quads')).toBe(6);
  });

  it('should find none where a no, not or but corrects or adds', () => {
    expect(at('show the leg muscles')).toBe(-1);
    expect(at('no, the triceps')).toBe(-1);
    expect(at('show the quads, no wait, the hamstrings')).toBe(-1);
    expect(at('show the biceps but the triceps too')).toBe(-1);
    expect(at('show the biceps, not the triceps')).toBe(-1);
  });
});
