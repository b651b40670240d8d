import { describe, expect, it, vi } from 'vitest';
import type { ModelEvent } from '#shared/protocol/model-event';
import type { SseMessage } from '#shared/protocol/sse-events';
import { AppError } from '../errors/app-error.js';
import { LocalRun } from './local-run.js';
import { RemoteRun } from './remote-run.js';
import type { Run, RunInit } from './run.js';

const init = (id: string): RunInit => ({
  id,
  threadId: 'thread-1',
  userId: 'user-1',
  userMessageId: 'message-user-1',
  assistantMessageId: 'message-assistant-1',
  message: 'What does the deltoid do?',
  scene: null,
  pairKey: null,
  requestId: null,
  regenerate: false,
  createdAt: 0,
});

const event = {
  id: 'run-0',
  runId: 'run',
  seq: 0,
  type: 'model:resetView',
  payload: {},
} as unknown as ModelEvent;
const usage = { inputTokens: 3, outputTokens: 2, totalTokens: 5 };

/** One answer's log, as the instance generating it appends it and another one mirrors it. */
const answer = (runId: string): SseMessage[] => [
  { event: 'token', data: { content: 'It raises ' } },
  { event: 'event', data: event },
  { event: 'token', data: { content: 'the arm.' } },
  {
    event: 'complete',
    data: {
      response: 'It raises the arm.',
      events: [event],
      usage,
      message_id: 'message-assistant-1',
      thread_id: 'thread-1',
    },
  },
  { event: 'done', data: { run_id: runId, status: 'complete' } },
];

/** What a reader sees through the interface alone, whichever kind of run it holds. */
const read = (run: Run) => {
  const replayed: string[] = [];
  run.subscribe(-1, (entry) => replayed.push(entry.message.event));
  return {
    text: run.text,
    events: run.events,
    usage: run.usage,
    status: run.status,
    ended: run.ended,
    endedAt: run.endedAt,
    log: run.log.length,
    replayed,
  };
};

describe('a run, generated here or mirrored from another instance', () => {
  it('should derive the same answer and outcome from the same log', () => {
    const local = new LocalRun(init('run-local'));
    const remote = new RemoteRun(init('run-remote'), 'instance-b', () => Promise.resolve());
    for (const message of answer('run-local')) local.append(message);
    local.finish('complete', 7);
    for (const message of answer('run-remote')) remote.mirror(message, 7);

    const expected = {
      text: 'It raises the arm.',
      events: [event],
      usage,
      status: 'complete',
      ended: true,
      endedAt: 7,
      log: 5,
      replayed: ['token', 'event', 'token', 'complete', 'done'],
    };
    expect(read(local)).toEqual(expected);
    expect(read(remote)).toEqual(expected);
  });

  it('should be streaming, with nothing answered yet, before its first entry', () => {
    const runs: Run[] = [
      new LocalRun(init('run-local')),
      new RemoteRun(init('run-remote'), 'instance-b', () => Promise.resolve()),
    ];
    for (const run of runs)
      expect([run.text, run.events, run.usage, run.status, run.ended]).toEqual([
        '',
        [],
        null,
        'streaming',
        false,
      ]);
  });

  it('should be stopped through cancel: here by aborting, elsewhere by asking its owner', async () => {
    const requestCancel = vi.fn(() => Promise.resolve());
    const local = new LocalRun(init('run-local'));
    const remote = new RemoteRun(init('run-remote'), 'instance-b', requestCancel);
    const reason = new AppError('cancelled', 'Stopped by the user.');
    for (const run of [local, remote] as Run[]) await run.cancel(reason);

    expect(local.abort.signal.reason).toBe(reason);
    expect(local.stopping).toBe(true);
    expect(requestCancel).toHaveBeenCalledWith(remote, reason);
    // The owner stops it; this instance only learns of it when the mirrored log ends.
    expect(remote.stopping).toBe(false);
    expect([local.generatedHere, remote.generatedHere]).toEqual([true, false]);
  });

  it('should not be stopped again once it has ended', async () => {
    const requestCancel = vi.fn(() => Promise.resolve());
    const local = new LocalRun(init('run-local'));
    const remote = new RemoteRun(init('run-remote'), 'instance-b', requestCancel);
    local.append({ event: 'done', data: { run_id: 'run-local', status: 'complete' } });
    local.finish('complete', 1);
    remote.mirror({ event: 'done', data: { run_id: 'run-remote', status: 'complete' } }, 1);
    const reason = new AppError('cancelled', 'Stopped by the user.');
    for (const run of [local, remote] as Run[]) await run.cancel(reason);

    expect(local.abort.signal.aborted).toBe(false);
    expect(requestCancel).not.toHaveBeenCalled();
  });

  it('should keep the usage the provider reported when the answer ends without `complete`', () => {
    const local = new LocalRun(init('run-local'));
    local.recordUsage(usage);
    local.append({
      event: 'error',
      data: { code: 'cancelled', message: 'Stopped.', retryable: false },
    });
    expect(local.usage).toEqual(usage);
  });
});
