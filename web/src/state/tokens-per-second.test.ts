import { describe, expect, it } from 'vitest';
import { newChatMessage } from './new-chat-message';
import { tokensPerSecond } from './tokens-per-second';

describe('tokensPerSecond', () => {
  it('should measure from the first token to now while streaming', () => {
    const message = newChatMessage({
      key: 'a',
      role: 'assistant',
      status: 'streaming',
      tokenCount: 20,
      firstTokenAt: 1000,
      lastTokenAt: 2000,
    });
    expect(tokensPerSecond(message, 3000)).toBe(10);
  });

  it('should prefer the reported output tokens once done', () => {
    const message = newChatMessage({
      key: 'a',
      role: 'assistant',
      status: 'complete',
      tokenCount: 20,
      firstTokenAt: 0,
      lastTokenAt: 2000,
      usage: { inputTokens: 10, outputTokens: 30, totalTokens: 40 },
    });
    expect(tokensPerSecond(message, 99_999)).toBe(15);
  });

  it('should say nothing before there is enough to measure', () => {
    expect(tokensPerSecond(newChatMessage({ key: 'a', role: 'assistant' }), 0)).toBeNull();
    const burst = newChatMessage({
      key: 'a',
      role: 'assistant',
      status: 'complete',
      tokenCount: 5,
      firstTokenAt: 0,
      lastTokenAt: 10,
    });
    expect(tokensPerSecond(burst, 10)).toBeNull();
  });
});
