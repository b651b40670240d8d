import { describe, expect, it } from 'vitest';
import { detectSides } from './detect-side.js';
import { tokenize } from './tokenize.js';

const sides = (text: string, blocked?: Set<number>) =>
  detectSides(tokenize(text), blocked).map((w) => w.side);

describe('detectSides', () => {
  it('should read left, right and both', () => {
    expect(sides('my left bicep')).toEqual(['left']);
    expect(sides('the right-hand side')).toEqual(['right']);
    expect(sides('on both sides')).toEqual(['both']);
    expect(sides('left and right deltoids')).toEqual(['both']);
    expect(sides('bilateral')).toEqual(['both']);
  });

  it('should keep each side word apart', () => {
    expect(sides('left biceps and right triceps')).toEqual(['left', 'right']);
  });

  it('should not read idioms as sides', () => {
    expect(sides('all right, show the deltoid')).toEqual([]);
    expect(sides('right now')).toEqual([]);
    expect(sides("what's left")).toEqual([]);
  });

  it('should skip words another reading claimed ("from the left" is a view)', () => {
    expect(sides('from the left', new Set([0, 1, 2]))).toEqual([]);
  });
});
