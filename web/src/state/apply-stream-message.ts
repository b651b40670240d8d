import type { SseMessage } from '#shared/protocol/index';
import type { ChatMessage } from './chat-message';

/**
 * Folds one SSE message of a run into the assistant message it streams. Pure; `now` is the
 * client clock for tokens-per-second. Model events are added once per id (the scene reducer
 * applies them separately).
 */
export const applyStreamMessage = (
  message: ChatMessage,
  sse: SseMessage,
  now: number,
): ChatMessage => {
  switch (sse.event) {
    case 'metadata':
      return {
        ...message,
        id: sse.data.message_id,
        runId: sse.data.run_id,
        offline: sse.data.offline,
        provider: sse.data.provider,
        model: sse.data.model,
        status: 'streaming',
      };
    case 'thinking':
      return {
        ...message,
        thinking: message.text === '' || sse.data.content !== '',
        thinkingText: message.thinkingText + sse.data.content,
      };
    case 'token':
      return {
        ...message,
        text: message.text + sse.data.content,
        thinking: false,
        tokenCount: message.tokenCount + 1,
        firstTokenAt: message.firstTokenAt ?? now,
        lastTokenAt: now,
      };
    case 'event':
      return message.events.some((e) => e.id === sse.data.id)
        ? message
        : { ...message, events: [...message.events, sse.data] };
    case 'complete':
      return {
        ...message,
        id: sse.data.message_id,
        text: sse.data.response,
        events: sse.data.events,
        usage: sse.data.usage,
        thinking: false,
      };
    case 'error':
      return { ...message, error: sse.data, thinking: false };
    case 'done':
      return {
        ...message,
        status: sse.data.status,
        thinking: false,
        lastTokenAt: message.lastTokenAt ?? now,
      };
  }
};
