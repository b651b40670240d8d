import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '#shared/protocol/model-event';
import { RemoteRun } from './remote-run.js';

const init = {
  id: 'run-remote-1',
  threadId: 't',
  userId: 'u',
  userMessageId: 'um',
  assistantMessageId: 'am',
  message: 'hi',
  scene: null,
  pairKey: null,
  requestId: null,
  regenerate: false,
  createdAt: 0,
};

describe('RemoteRun', () => {
  it('should rebuild the answer, events and end from the owner’s log, for live and late subscribers', () => {
    const run = new RemoteRun(init, 'instance-a', () => Promise.resolve());
    const live: string[] = [];
    run.subscribe(-1, (entry) => live.push(entry.message.event));
    const event = {
      id: 'run-remote-1-0',
      runId: 'run-remote-1',
      seq: 0,
      type: 'model:resetView',
      payload: {},
    } as unknown as ModelEvent;
    run.mirror({ event: 'token', data: { content: 'Hel' } }, 1);
    run.mirror({ event: 'event', data: event }, 2);
    run.mirror({ event: 'token', data: { content: 'lo' } }, 3);
    run.mirror({ event: 'done', data: { run_id: init.id, status: 'complete' } }, 4);
    run.mirror({ event: 'token', data: { content: ' late' } }, 5);

    expect(run.text).toBe('Hello');
    expect(run.events).toEqual([event]);
    expect([run.ended, run.status, run.endedAt]).toEqual([true, 'complete', 4]);
    expect(live).toEqual(['token', 'event', 'token', 'done']);
    const late: number[] = [];
    run.subscribe(1, (entry) => late.push(entry.index));
    expect(late).toEqual([2, 3]);
  });
});
