import { describe, expect, it } from 'vitest';
import type { SseMessage } from '#shared/protocol/index';
import { applyStreamMessage } from './apply-stream-message';
import { newChatMessage } from './new-chat-message';

const start = newChatMessage({
  key: 'a-1',
  role: 'assistant',
  status: 'streaming',
  thinking: true,
});
const metadata: SseMessage = {
  event: 'metadata',
  data: {
    thread_id: 't1',
    run_id: 'run-1',
    user_message_id: 'u1',
    message_id: 'm1',
    provider: 'offline',
    model: 'guide',
    offline: true,
    protocol_version: '1.0',
  },
};

describe('applyStreamMessage', () => {
  it('should take ids and the offline flag from metadata', () => {
    const message = applyStreamMessage(start, metadata, 0);
    expect(message).toMatchObject({ id: 'm1', runId: 'run-1', offline: true, status: 'streaming' });
  });

  it('should append tokens, end thinking, and count for tokens per second', () => {
    let message = applyStreamMessage(start, { event: 'thinking', data: { content: 'Hmm. ' } }, 0);
    expect(message.thinking).toBe(true);
    message = applyStreamMessage(message, { event: 'token', data: { content: 'The ' } }, 1000);
    message = applyStreamMessage(message, { event: 'token', data: { content: 'biceps' } }, 1500);
    expect(message).toMatchObject({
      text: 'The biceps',
      thinking: false,
      thinkingText: 'Hmm. ',
      tokenCount: 2,
      firstTokenAt: 1000,
      lastTokenAt: 1500,
    });
  });

  it('should take the complete answer and the final status', () => {
    let message = applyStreamMessage(start, { event: 'token', data: { content: 'Partial' } }, 0);
    message = applyStreamMessage(
      message,
      {
        event: 'complete',
        data: {
          response: 'Whole answer',
          events: [],
          usage: null,
          message_id: 'm1',
          thread_id: 't1',
        },
      },
      1,
    );
    message = applyStreamMessage(
      message,
      { event: 'done', data: { run_id: 'run-1', status: 'complete' } },
      2,
    );
    expect(message).toMatchObject({ text: 'Whole answer', status: 'complete', id: 'm1' });
  });

  it('should keep a stream error and the cancelled status', () => {
    let message = applyStreamMessage(
      start,
      { event: 'error', data: { code: 'cancelled', message: 'Stopped.', retryable: false } },
      0,
    );
    message = applyStreamMessage(
      message,
      { event: 'done', data: { run_id: 'run-1', status: 'cancelled' } },
      1,
    );
    expect(message).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
  });

  it('should list each model event once', () => {
    const event: SseMessage = {
      event: 'event',
      data: { id: 'run-1-0', runId: 'run-1', seq: 0, type: 'model:clearSelection', payload: {} },
    };
    const once = applyStreamMessage(start, event, 0);
    expect(applyStreamMessage(once, event, 0)).toBe(once);
    expect(once.events).toHaveLength(1);
  });
});
