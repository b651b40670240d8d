import { describe, expect, it } from 'vitest';
import type { RunStarted, SseMessage } from '#shared/protocol/index';
import { afterStreamMessage, announcesRun, followedRun, sendingRun } from './active-run';

const RUN = 'run-0123456789';
const sending = sendingRun({
  key: 'a-1',
  userKey: 'u-1',
  requestId: 'req-1',
  threadId: null,
  text: 'hello',
});
const token: SseMessage = { event: 'token', data: { content: 'x' } };
const metadata: SseMessage = {
  event: 'metadata',
  data: {
    thread_id: 'thread-1',
    run_id: RUN,
    user_message_id: 'um-1',
    message_id: 'am-1',
    provider: 'scripted',
    model: 'x',
    offline: false,
    protocol_version: '1.0',
  },
};
const started: RunStarted = {
  thread_id: 'thread-1',
  run_id: RUN,
  user_message_id: 'um-1',
  message_id: 'am-1',
  text: 'hello',
};

describe('afterStreamMessage', () => {
  it('should name the run and its thread from metadata', () => {
    expect(afterStreamMessage(sending, metadata, `${RUN}:0`)).toMatchObject({
      runId: RUN,
      threadId: 'thread-1',
      phase: 'streaming',
      lastEventId: `${RUN}:0`,
    });
  });

  it('should remember only event ids of its own run', () => {
    const known = followedRun('r-1', RUN, 'thread-1');
    expect(afterStreamMessage(known, token, `${RUN}:4`).lastEventId).toBe(`${RUN}:4`);
    expect(afterStreamMessage(known, token, 'run-somebody-else:4').lastEventId).toBeNull();
    expect(afterStreamMessage(known, token, 'none:0').lastEventId).toBeNull();
  });
});

describe('announcesRun', () => {
  it('should match by request id when the server sends one', () => {
    expect(announcesRun(sending, { ...started, request_id: 'req-1' })).toBe(true);
    expect(announcesRun(sending, { ...started, request_id: 'req-2' })).toBe(false);
  });

  it('should match by the message text when the server sends no request id', () => {
    expect(announcesRun(sending, started)).toBe(true);
    expect(announcesRun(sending, { ...started, text: 'other' })).toBe(false);
  });

  it('should match a known run by its id only', () => {
    const known = followedRun('r-1', RUN, 'thread-1');
    expect(announcesRun(known, started)).toBe(true);
    expect(announcesRun(known, { ...started, run_id: 'run-9876543210' })).toBe(false);
  });
});
