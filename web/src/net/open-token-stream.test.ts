import { describe, expect, it, vi } from 'vitest';
import type { SseMessage } from '#shared/protocol/index';
import { FakeEventSource } from '../test-support/fake-event-source';
import { openTokenStream } from './open-token-stream';

const setup = () => {
  let source: FakeEventSource | null = null;
  const messages: [SseMessage, string][] = [];
  const onConnectionError = vi.fn();
  const stream = openTokenStream(
    '/model/token-stream?message=hi',
    { onMessage: (m, id) => messages.push([m, id]), onOpen: vi.fn(), onConnectionError },
    (url) => (source = new FakeEventSource(url)),
  );
  if (!source) throw new Error('no source');
  return { source: source as FakeEventSource, messages, onConnectionError, stream };
};

describe('openTokenStream', () => {
  it('should deliver validated named events with their ids', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { source, messages } = setup();
    source.emit('token', { content: 'Hi' }, 'run-abcdefgh:3');
    source.emit('token', { nope: true }, 'run-abcdefgh:4');
    expect(messages).toEqual([[{ event: 'token', data: { content: 'Hi' } }, 'run-abcdefgh:3']]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('should tell the SSE error event from a connection error', () => {
    const { source, messages, onConnectionError } = setup();
    source.emit(
      'error',
      { code: 'AGENT_FAILED', message: 'Boom', retryable: true },
      'run-abcdefgh:5',
    );
    expect(messages[0]?.[0]).toEqual({
      event: 'error',
      data: { code: 'AGENT_FAILED', message: 'Boom', retryable: true },
    });
    expect(onConnectionError).not.toHaveBeenCalled();

    source.readyState = 0;
    source.emit('error');
    expect(onConnectionError).toHaveBeenCalledWith(true);
    source.readyState = 2;
    source.emit('error');
    expect(onConnectionError).toHaveBeenLastCalledWith(false);
    expect(source.closed).toBe(true);
  });

  it('should close after done and ignore anything later', () => {
    const { source, messages } = setup();
    source.emit('done', { run_id: 'run-1', status: 'complete' }, 'run-abcdefgh:9');
    expect(source.closed).toBe(true);
    expect(source.listenerCount()).toBe(0);
    source.emit('token', { content: 'late' });
    expect(messages).toHaveLength(1);
  });
});
