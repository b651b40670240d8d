import { describe, expect, it } from 'vitest';
import type { HistoryTurn } from './agent.js';
import { estimateTokens, fitHistory } from './history-budget.js';

const turn = (role: HistoryTurn['role'], words: number, tag = ''): HistoryTurn => ({
  role,
  text: `${tag}${'word '.repeat(words)}`.trim(),
});

describe('estimateTokens', () => {
  it('should count about four characters a token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
  });
});

describe('fitHistory', () => {
  it('should keep everything that fits, oldest first', () => {
    const history = [turn('user', 5, 'q1 '), turn('assistant', 5, 'a1 '), turn('user', 5, 'q2 ')];
    expect(fitHistory(history, 1000)).toEqual(history);
  });

  it('should keep the newest turns within the budget and start with a user turn', () => {
    const history = [
      turn('user', 100, 'q1 '),
      turn('assistant', 100, 'a1 '),
      turn('user', 20, 'q2 '),
      turn('assistant', 20, 'a2 '),
      turn('user', 20, 'q3 '),
    ];
    const kept = fitHistory(history, 110);
    expect(kept.map((t) => t.text.slice(0, 2))).toEqual(['q2', 'a2', 'q3']);
  });

  it('should drop an assistant turn left at the start', () => {
    const history = [
      turn('user', 200, 'q1 '),
      turn('assistant', 20, 'a1 '),
      turn('user', 20, 'q2 '),
    ];
    expect(fitHistory(history, 60).map((t) => t.text.slice(0, 2))).toEqual(['q2']);
  });

  it('should merge consecutive turns of one role and skip empty ones', () => {
    const history: HistoryTurn[] = [
      { role: 'user', text: 'first' },
      { role: 'assistant', text: '  ' },
      { role: 'user', text: 'second' },
    ];
    expect(fitHistory(history, 100)).toEqual([{ role: 'user', text: 'first\n\nsecond' }]);
  });

  it('should cut a newest turn too long on its own from the front', () => {
    const history: HistoryTurn[] = [{ role: 'user', text: `${'x'.repeat(1000)}END` }];
    const [kept] = fitHistory(history, 50);
    expect(kept?.text.startsWith('…')).toBe(true);
    expect(kept?.text.endsWith('END')).toBe(true);
    expect(estimateTokens(kept?.text ?? '')).toBeLessThanOrEqual(50);
  });

  it('should keep nothing with a zero budget', () => {
    expect(fitHistory([turn('user', 3)], 0)).toEqual([]);
  });
});
