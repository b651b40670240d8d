import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelCommandOutput } from '#shared/protocol/model-event';
import type { Agent, AgentInput, AgentPart } from '../agent/agent.js';
import { AgentError } from '../agent/agent-error.js';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';
import type { MessageUpdate } from '../store/message-repository.js';
import { createCheckpointBatcher, type Checkpoint } from '../store/checkpoint-batcher.js';
import { executeRun, type ExecuteRunDeps } from './execute-run.js';
import type { LogEntry } from './run-log.js';
import { LocalRun } from './local-run.js';

const makeRun = (id = 'run-exec-0001') =>
  new LocalRun({
    id,
    threadId: 'thread-1',
    userId: 'user-1',
    userMessageId: 'user-message-1',
    assistantMessageId: 'answer-1',
    message: 'What does the biceps do?',
    scene: null,
    pairKey: null,
    requestId: null,
    regenerate: false,
    createdAt: 1000,
  });

/** An agent whose parts the test hands over one at a time; it can also fail or hang. */
const pushAgent = () => {
  type Step = { part: AgentPart } | { end: true } | { fail: unknown };
  const queue: Step[] = [];
  let wake: (() => void) | null = null;
  const calls: AgentInput[] = [];
  const put = (step: Step) => {
    queue.push(step);
    wake?.();
  };
  const agent: Agent = {
    provider: 'push',
    model: 'push-1',
    offline: false,
    async *run(input) {
      calls.push(input);
      for (;;) {
        // Waits for the test and ignores the abort signal, as a provider stuck on a socket does.
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const step = queue.shift() as Step;
        if ('end' in step) return;
        if ('fail' in step) throw step.fail;
        yield step.part;
      }
    },
  };
  return {
    agent,
    calls,
    push: (...parts: AgentPart[]) => parts.forEach((part) => put({ part })),
    end: () => put({ end: true }),
    fail: (error: unknown) => put({ fail: error }),
  };
};

const fakeLog = () => {
  const log = { warn: vi.fn(), error: vi.fn(), info: vi.fn(), debug: vi.fn() };
  return { log, logger: log as unknown as Logger };
};

const setup = (
  agent: Agent,
  overrides: Partial<ExecuteRunDeps> = {},
  run: LocalRun = makeRun(),
): {
  run: LocalRun;
  saved: (MessageUpdate & { id: string })[];
  checkpointSaves: Checkpoint[][];
  log: ReturnType<typeof fakeLog>['log'];
  deps: ExecuteRunDeps;
  ended: LocalRun[];
  entries: LogEntry[];
  /** Resolves once the run has logged an entry of this event type. */
  seen: (event: string) => Promise<LogEntry>;
} => {
  const saved: (MessageUpdate & { id: string })[] = [];
  const checkpointSaves: Checkpoint[][] = [];
  const { log, logger } = fakeLog();
  const ended: LocalRun[] = [];
  const entries: LogEntry[] = [];
  const waiters: { event: string; resolve: (entry: LogEntry) => void }[] = [];
  run.subscribe(-1, (entry) => {
    entries.push(entry);
    for (const waiter of waiters.filter((w) => w.event === entry.message.event)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(entry);
    }
  });
  const deps: ExecuteRunDeps = {
    agent,
    saveAnswer: (answer) => {
      saved.push(answer);
      return Promise.resolve();
    },
    log: logger,
    checkpoints: createCheckpointBatcher({
      intervalMs: 60_000,
      onError: () => undefined,
      save: (batch) => {
        checkpointSaves.push(batch);
        return Promise.resolve();
      },
    }),
    idleTimeoutMs: 0,
    now: () => 5000,
    onEnd: (r) => ended.push(r),
    stored: Promise.resolve(true),
    ...overrides,
  };
  const seen = (event: string) => {
    const found = entries.find((e) => e.message.event === event);
    if (found) return Promise.resolve(found);
    return new Promise<LogEntry>((resolve) => waiters.push({ event, resolve }));
  };
  return { run, saved, checkpointSaves, log, deps, ended, entries, seen };
};

const events = (entries: readonly LogEntry[]) => entries.map((e) => e.message.event);
const last = (entries: readonly LogEntry[]) => entries.at(-1)?.message;
const errorOf = (entries: readonly LogEntry[]) =>
  entries.find((e) => e.message.event === 'error')?.message.data;

const select = (muscleIds: string[]): AgentPart => ({
  type: 'model-event',
  command: { type: 'model:selectMuscles', payload: { muscleIds } } as ModelCommandOutput,
});
const usage = { inputTokens: 12, outputTokens: 3, totalTokens: 15 };

describe('executeRun', () => {
  afterEach(() => vi.useRealTimers());

  it('should log thinking, tokens and events in order, then complete and done, and save the answer', async () => {
    const script = pushAgent();
    const { run, saved, deps, ended, entries } = setup(script.agent);
    const history = [{ role: 'user' as const, text: 'earlier' }];
    script.push(
      { type: 'thinking', text: 'Looking it up.' },
      { type: 'token', text: 'The biceps ' },
      { type: 'token', text: '' },
      select(['biceps-brachii']),
      { type: 'token', text: 'flexes the elbow.' },
      select(['triceps-brachii']),
      { type: 'usage', usage },
    );
    script.end();
    await executeRun(run, history, deps);

    expect(events(entries)).toEqual([
      'thinking',
      'token',
      'event',
      'token',
      'event',
      'complete',
      'done',
    ]);
    expect(entries.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(run.text).toBe('The biceps flexes the elbow.');
    expect(run.events.map((e) => [e.id, e.runId, e.seq])).toEqual([
      ['run-exec-0001-0', 'run-exec-0001', 0],
      ['run-exec-0001-1', 'run-exec-0001', 1],
    ]);
    expect(entries[2]?.message.data).toMatchObject({
      id: 'run-exec-0001-0',
      seq: 0,
      type: 'model:selectMuscles',
      payload: { muscleIds: ['biceps-brachii'], side: 'both', mode: 'replace' },
    });
    expect(entries[5]?.message.data).toEqual({
      response: 'The biceps flexes the elbow.',
      events: run.events,
      usage,
      message_id: 'answer-1',
      thread_id: 'thread-1',
    });
    expect(last(entries)).toEqual({
      event: 'done',
      data: { run_id: 'run-exec-0001', status: 'complete' },
    });
    expect(saved).toEqual([
      {
        id: 'answer-1',
        text: 'The biceps flexes the elbow.',
        events: run.events,
        status: 'complete',
        usage,
        error: null,
      },
    ]);
    expect(run.status).toBe('complete');
    expect(run.endedAt).toBe(5000);
    expect(ended).toEqual([run]);
    expect(run.subscriberCount).toBe(0);

    const input = script.calls[0];
    expect(input?.message).toBe('What does the biceps do?');
    expect(input?.history).toBe(history);
    expect(input?.signal).toBe(run.abort.signal);
    expect(input?.context).toMatchObject({
      userId: 'user-1',
      threadId: 'thread-1',
      runId: 'run-exec-0001',
    });
  });

  it('should drop an invalid model event from a faulty agent, log it, and keep numbering the valid ones', async () => {
    const script = pushAgent();
    const { run, deps, entries, log } = setup(script.agent);
    script.push(
      select(['biceps-brachii']),
      select([]),
      {
        type: 'model-event',
        command: { type: 'model:selfDestruct', payload: {} } as unknown as ModelCommandOutput,
      },
      select(['deltoid']),
    );
    script.end();
    await executeRun(run, [], deps);

    expect(events(entries)).toEqual(['event', 'event', 'complete', 'done']);
    expect(run.events.map((e) => [e.id, e.seq])).toEqual([
      ['run-exec-0001-0', 0],
      ['run-exec-0001-1', 1],
    ]);
    expect(entries[1]?.message.data).toMatchObject({ payload: { muscleIds: ['deltoid'] } });
    expect(log.warn).toHaveBeenCalledTimes(2);
    expect(log.warn).toHaveBeenCalledWith(
      expect.objectContaining({ runId: 'run-exec-0001', error: expect.any(String) }),
      'agent produced an invalid model event; dropped',
    );
    expect(run.status).toBe('complete');
  });

  it('should end with the agent’s own AppError, its retry verdict, and a failed answer that keeps the partial text', async () => {
    const script = pushAgent();
    const { run, deps, entries, saved, log } = setup(script.agent);
    script.push({ type: 'token', text: 'Partial ' });
    script.fail(
      new AgentError('AGENT_FAILED', 'The model provider refused the server’s API key.', {
        retryable: false,
      }),
    );
    await executeRun(run, [], deps);

    const body = {
      code: 'AGENT_FAILED',
      message: 'The model provider refused the server’s API key.',
      retryable: false,
    };
    expect(events(entries)).toEqual(['token', 'error', 'done']);
    expect(errorOf(entries)).toEqual(body);
    expect(last(entries)?.data).toEqual({ run_id: 'run-exec-0001', status: 'failed' });
    expect(saved).toEqual([
      { id: 'answer-1', text: 'Partial ', events: [], status: 'failed', usage: null, error: body },
    ]);
    expect(run.status).toBe('failed');
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ runId: 'run-exec-0001' }),
      'agent failed',
    );
  });

  it('should answer any other thrown error as AGENT_FAILED without its message', async () => {
    const script = pushAgent();
    const { run, deps, entries, saved } = setup(script.agent);
    script.fail(new Error('connect ECONNREFUSED 10.0.0.7:8443 secret-token-abc'));
    await executeRun(run, [], deps);

    expect(events(entries)).toEqual(['error', 'done']);
    expect(errorOf(entries)).toEqual({
      code: 'AGENT_FAILED',
      message: 'The assistant failed while answering. Try again.',
      retryable: true,
    });
    expect(JSON.stringify(entries.map((e) => e.data))).not.toContain('ECONNREFUSED');
    expect(JSON.stringify(saved)).not.toContain('secret-token');
    expect(saved[0]?.status).toBe('failed');
  });

  it(
    'should end at once with cancelled when stopped while the agent is stuck awaiting its provider',
    { timeout: 5000 },
    async () => {
      const script = pushAgent();
      const { run, deps, entries, saved, seen, log } = setup(script.agent);
      script.push({ type: 'token', text: 'Half an ' }, select(['biceps-brachii']));
      const running = executeRun(run, [], deps);
      await seen('event');
      // The agent now waits for a part that never comes, and ignores the signal.
      run.abort.abort();
      await running;

      expect(events(entries)).toEqual(['token', 'event', 'error', 'done']);
      expect(errorOf(entries)).toEqual({
        code: 'cancelled',
        message: 'The answer was stopped.',
        retryable: false,
      });
      expect(last(entries)?.data).toEqual({ run_id: 'run-exec-0001', status: 'cancelled' });
      expect(saved).toEqual([
        {
          id: 'answer-1',
          text: 'Half an ',
          events: run.events,
          status: 'cancelled',
          usage: null,
          error: expect.objectContaining({ code: 'cancelled' }),
        },
      ]);
      expect(saved[0]?.events).toHaveLength(1);
      expect(run.status).toBe('cancelled');
      // A stop is not an agent failure.
      expect(log.error).not.toHaveBeenCalled();
    },
  );

  it('should leave the answer interrupted when the abort says INTERRUPTED', async () => {
    const script = pushAgent();
    const { run, deps, entries, saved, seen } = setup(script.agent);
    script.push({ type: 'token', text: 'So far' });
    const running = executeRun(run, [], deps);
    await seen('token');
    run.abort.abort(new AppError('INTERRUPTED', 'The server restarted; resume the answer.'));
    await running;

    expect(errorOf(entries)).toEqual({
      code: 'INTERRUPTED',
      message: 'The server restarted; resume the answer.',
      retryable: true,
    });
    expect(last(entries)?.data).toEqual({ run_id: 'run-exec-0001', status: 'interrupted' });
    expect(saved[0]).toMatchObject({ text: 'So far', status: 'interrupted' });
  });

  it('should stop a model that goes silent with a retryable AGENT_TIMEOUT naming the wait', async () => {
    const script = pushAgent();
    const { run, deps, entries, saved } = setup(script.agent, { idleTimeoutMs: 50 });
    script.push({ type: 'token', text: 'Then nothing' });
    await executeRun(run, [], deps);

    const body = {
      code: 'AGENT_TIMEOUT',
      message: 'The model sent nothing for 50 ms, so the answer was stopped. Try again.',
      retryable: true,
    };
    expect(events(entries)).toEqual(['token', 'error', 'done']);
    expect(errorOf(entries)).toEqual(body);
    expect(last(entries)?.data).toEqual({ run_id: 'run-exec-0001', status: 'failed' });
    expect(saved[0]).toMatchObject({ text: 'Then nothing', status: 'failed', error: body });
  });

  it('should restart the stall watchdog on every part, so a slow but steady model is never stopped', async () => {
    vi.useFakeTimers();
    const script = pushAgent();
    const { run, deps, entries, seen } = setup(script.agent, { idleTimeoutMs: 100 });
    const running = executeRun(run, [], deps);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(80);
      script.push({ type: 'thinking', text: '' });
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(run.abort.signal.aborted).toBe(false);
    script.push({ type: 'token', text: 'Done.' });
    script.end();
    await running;
    await seen('done');
    expect(events(entries).slice(-3)).toEqual(['token', 'complete', 'done']);
    // The watchdog is gone with the run.
    await vi.advanceTimersByTimeAsync(1000);
    expect(run.abort.signal.aborted).toBe(false);
    await deps.checkpoints.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('should send the whole answer but end with STORE_FAILED when the final save fails', async () => {
    const script = pushAgent();
    const { run, deps, entries, log, ended } = setup(script.agent, {
      saveAnswer: () => Promise.reject(new Error('database is down')),
    });
    script.push({ type: 'token', text: 'All of it.' });
    script.end();
    await executeRun(run, [], deps);

    expect(events(entries)).toEqual(['token', 'error', 'done']);
    expect(errorOf(entries)).toEqual({
      code: 'STORE_FAILED',
      message: 'The answer could not be saved. Try again.',
      retryable: true,
    });
    expect(last(entries)?.data).toEqual({ run_id: 'run-exec-0001', status: 'failed' });
    expect(run.status).toBe('failed');
    expect(ended).toEqual([run]);
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ runId: 'run-exec-0001' }),
      'could not save the answer',
    );
  });

  it('should end with STORE_FAILED and save nothing when the question itself could not be saved', async () => {
    const script = pushAgent();
    const { run, deps, entries, saved } = setup(script.agent, { stored: Promise.resolve(false) });
    script.push({ type: 'token', text: 'Answered meanwhile.' });
    script.end();
    await executeRun(run, [], deps);

    expect(events(entries)).toEqual(['token', 'error', 'done']);
    expect(errorOf(entries)).toEqual({
      code: 'STORE_FAILED',
      message: 'Your message could not be saved. Try again.',
      retryable: true,
    });
    expect(saved).toEqual([]);
    expect(run.status).toBe('failed');
  });

  it('should keep the first failure when the final save fails too', async () => {
    const script = pushAgent();
    const { run, deps, entries } = setup(script.agent, {
      saveAnswer: () => Promise.reject(new Error('database is down')),
    });
    script.fail(new AppError('AGENT_TIMEOUT', 'The model did not start answering.'));
    await executeRun(run, [], deps);
    expect(events(entries)).toEqual(['error', 'done']);
    expect(errorOf(entries)).toMatchObject({ code: 'AGENT_TIMEOUT' });
  });

  it('should checkpoint the partial answer while streaming, then forget it before the final save', async () => {
    const script = pushAgent();
    const { run, deps, seen, checkpointSaves } = setup(script.agent);
    const order: string[] = [];
    const mark = vi.spyOn(deps.checkpoints, 'mark');
    const realForget = deps.checkpoints.forget.bind(deps.checkpoints);
    // A slow forget (a checkpoint save under way): the final save must wait for it.
    deps.checkpoints.forget = async (id) => {
      order.push(`forget ${id}`);
      await new Promise((resolve) => setImmediate(resolve));
      await realForget(id);
      order.push('forgotten');
    };
    const realSave = deps.saveAnswer;
    deps.saveAnswer = async (answer) => {
      order.push('save');
      await realSave(answer);
    };

    script.push({ type: 'token', text: 'One ' }, select(['biceps-brachii']));
    const running = executeRun(run, [], deps);
    await seen('event');
    expect(deps.checkpoints.pending).toBe(1);
    expect(mark).toHaveBeenCalledWith('answer-1', expect.any(Function));
    // The reader gives the state when the batch is taken, not when it was marked.
    const read = mark.mock.calls[0]?.[1] as () => Checkpoint;
    expect(read()).toEqual({ messageId: 'answer-1', text: 'One ', events: run.events });
    expect(read().events).toHaveLength(1);

    script.push({ type: 'token', text: 'two.' });
    script.end();
    await running;
    expect(mark).toHaveBeenCalledTimes(3);
    expect(order).toEqual(['forget answer-1', 'forgotten', 'save']);
    expect(deps.checkpoints.pending).toBe(0);
    // Nothing is left for the batcher to write over the final answer.
    expect(checkpointSaves).toEqual([]);
    await deps.checkpoints.close();
  });
});
