import { describe, expect, it } from 'vitest';
import { nextInSelection } from './next-in-selection';

const entry = { left: true, right: true, color: null };
const selection = { a: entry, b: entry, c: entry };

describe('nextInSelection', () => {
  it('should start at the first (or the last going back) and wrap around', () => {
    expect(nextInSelection(selection, null)).toBe('a');
    expect(nextInSelection(selection, null, -1)).toBe('c');
    expect(nextInSelection(selection, 'a')).toBe('b');
    expect(nextInSelection(selection, 'c')).toBe('a');
    expect(nextInSelection(selection, 'a', -1)).toBe('c');
    expect(nextInSelection(selection, 'not-selected')).toBe('a');
  });

  it('should give nothing for an empty selection', () => {
    expect(nextInSelection({}, 'a')).toBeNull();
  });
});
