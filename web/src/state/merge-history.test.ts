import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '#shared/protocol/index';
import { mergeHistory } from './merge-history';
import { newChatMessage } from './new-chat-message';

const stored = (
  id: string,
  role: 'user' | 'assistant',
  text: string,
  status: StoredMessage['status'] = 'complete',
): StoredMessage => ({
  id,
  thread_id: 't1',
  role,
  text,
  events: [],
  status,
  run_id: role === 'assistant' ? `run-${id}` : null,
  provider: null,
  model: null,
  usage: null,
  error: null,
  created_at: '2026-01-01T00:00:00.000Z',
});

describe('mergeHistory', () => {
  it('should keep the live copy of an answer still streaming', () => {
    const live = newChatMessage({
      key: 'a-x',
      id: 'm2',
      role: 'assistant',
      text: 'longer live text',
      status: 'streaming',
    });
    const merged = mergeHistory(
      [stored('m1', 'user', 'hi'), stored('m2', 'assistant', 'longer', 'streaming')],
      [live],
    );
    expect(merged.map((m) => m.text)).toEqual(['hi', 'longer live text']);
    expect(merged[1]).toBe(live);
  });

  it('should keep the key and streaming stats of a finished answer', () => {
    const live = newChatMessage({
      key: 'a-x',
      id: 'm2',
      role: 'assistant',
      text: 'done',
      status: 'complete',
      tokenCount: 9,
      firstTokenAt: 1,
      lastTokenAt: 2,
      offline: true,
    });
    const [, merged] = mergeHistory(
      [stored('m1', 'user', 'hi'), stored('m2', 'assistant', 'done')],
      [live],
    );
    expect(merged).toMatchObject({ key: 'a-x', tokenCount: 9, offline: true, text: 'done' });
  });

  it('should keep a message being sent that the server does not list yet', () => {
    const sending = newChatMessage({ key: 'u-1', role: 'user', text: 'new', status: 'sending' });
    const merged = mergeHistory([stored('m1', 'user', 'hi')], [sending]);
    expect(merged.map((m) => m.key)).toEqual(['m-m1', 'u-1']);
  });
});
