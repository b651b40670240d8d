import type { ChatMessage } from './chat-message';

/**
 * Output speed of an answer: the provider's output token count when the run reported usage,
 * else the streamed token messages, over the time from the first token to the last (or `now`
 * while streaming). Null until there is enough to measure.
 */
export const tokensPerSecond = (message: ChatMessage, now: number): number | null => {
  if (message.firstTokenAt === null) return null;
  const end = message.status === 'streaming' ? now : (message.lastTokenAt ?? now);
  const seconds = (end - message.firstTokenAt) / 1000;
  if (seconds < 0.25) return null;
  const count = message.usage?.outputTokens ?? message.tokenCount;
  return count / seconds;
};
