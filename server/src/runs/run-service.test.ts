import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createScriptedAgent,
  tokens,
  type ScriptStep,
} from '../../../test/support/scripted-agent.js';
import { must } from '../../../test/support/must.js';
import { openTestDatabase } from '../../../test/support/test-server.js';
import type { ErrorBody } from '#shared/protocol/error-code';
import { AppError } from '../errors/app-error.js';
import { createAdmission } from '../limits/admission.js';
import { createLocalRunSlots } from '../limits/run-slots.js';
import type { Logger } from '../logger.js';
import type { Database } from '../store/database.js';
import { createGenerationLedger } from '../store/generation-ledger.js';
import { createMessageRepository, type MessageRepository } from '../store/message-repository.js';
import { createThreadRepository } from '../store/thread-repository.js';
import { createRunRegistry, type RunRegistry } from './run-registry.js';
import { createRunService, type RunServiceDeps, type StartRequest } from './run-service.js';
import { RemoteRun } from './remote-run.js';
import type { Run } from './run.js';

const PAIR_WINDOW_MS = 30_000;
const silentLog = {
  warn: () => undefined,
  error: () => undefined,
  info: () => undefined,
  debug: () => undefined,
} as unknown as Logger;

/** Resolves with the run's final status once it has appended `done`. */
const finished = (run: Run): Promise<string> =>
  new Promise((resolve) => {
    const off = run.subscribe(-1, (entry) => {
      if (entry.message.event === 'done') {
        resolve(entry.message.data.status);
        queueMicrotask(() => off());
      }
    });
  });

/** Resolves once the agent has been asked (the run is generating). */
const generating = (run: Run): Promise<void> =>
  new Promise((resolve) => {
    const off = run.subscribe(-1, (entry) => {
      if (entry.message.event === 'token') {
        resolve();
        queueMicrotask(() => off());
      }
    });
  });

describe('the run service on a real database', () => {
  let db: Database;
  let messages: MessageRepository;
  let registry: RunRegistry;
  let now: number;
  const running: Run[] = [];

  /** "hang …" messages start answering and never finish; anything else gets a short answer. */
  const agent = createScriptedAgent((input): ScriptStep[] =>
    input.message.startsWith('hang')
      ? [{ token: 'Working' }, { hang: true }]
      : tokens(`Answer to ${input.message}`),
  );

  const service = (overrides: Partial<RunServiceDeps> = {}) =>
    createRunService({
      agent,
      threads: createThreadRepository(db),
      messages,
      registry,
      log: silentLog,
      checkpointMs: 60_000,
      idleTimeoutMs: 0,
      now: () => now,
      ...overrides,
    });

  const request = (overrides: Partial<StartRequest> = {}): StartRequest => ({
    userId: 'user-a',
    anonymous: false,
    ip: '127.0.0.1',
    channel: 'socket',
    message: `question ${randomUUID()}`,
    ...overrides,
  });

  const count = async (table: 'threads' | 'messages', userId: string) => {
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from ${table} where user_id = $1`,
      [userId],
    );
    return row?.n ?? 0;
  };

  /** A finished turn in a new thread of `userId`; returns the thread id. */
  const threadOf = async (userId: string) => {
    const runs = service();
    const { run } = await runs.startOrAttach(request({ userId, threadId: randomUUID() }));
    expect(await finished(run)).toBe('complete');
    return run.init.threadId;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    messages = createMessageRepository(db);
  });
  afterAll(() => db.close());
  beforeEach(() => {
    now = 1_000_000;
    registry = createRunRegistry({ graceMs: 60_000, pairWindowMs: PAIR_WINDOW_MS, now: () => now });
  });
  afterEach(async () => {
    // Nothing may hang past its test.
    for (const run of registry.live()) {
      void run.cancel(new AppError('cancelled', 'The test is over.'));
      running.push(run);
    }
    await Promise.all(running.splice(0).map(finished));
    registry.clear();
  });

  describe('startOrAttach', () => {
    it('should save the question before generating and the answer after, in a new thread titled by it', async () => {
      const runs = service();
      const created: Run[] = [];
      runs.onRunCreated((run) => created.push(run));
      const { run, attached } = await runs.startOrAttach(
        request({ userId: 'user-new', message: '  What   does the\n biceps do?  ' }),
      );
      expect(attached).toBe(false);
      expect(created).toEqual([run]);
      expect(run.log.after(-1).map((e) => e.message.event)).toEqual(['metadata', 'thinking']);
      expect(run.log.at(0)?.message.data).toMatchObject({
        thread_id: run.init.threadId,
        run_id: run.id,
        user_message_id: run.init.userMessageId,
        message_id: run.init.assistantMessageId,
        provider: 'scripted',
      });
      expect(await runs.savedOutcome(run)).toEqual({ stored: 'database' });
      expect(await finished(run)).toBe('complete');

      const thread = await createThreadRepository(db).find(run.init.threadId);
      expect(thread).toMatchObject({ userId: 'user-new', title: 'What does the biceps do?' });
      const { messages: stored } = await messages.page(run.init.threadId, 10);
      expect(stored.map((m) => [m.id, m.role, m.status, m.text])).toEqual([
        [run.init.userMessageId, 'user', 'complete', '  What   does the\n biceps do?  '],
        [
          run.init.assistantMessageId,
          'assistant',
          'complete',
          'Answer to   What   does the\n biceps do?  ',
        ],
      ]);
      // An ended run stays replayable for the grace period.
      expect(registry.get(run.id)).toBe(run);
    });

    it('should hand the agent the thread’s earlier turns, without the question it answers', async () => {
      const runs = service();
      const threadId = await threadOf('user-history');
      const before = agent.calls.length;
      const { run } = await runs.startOrAttach(
        request({ userId: 'user-history', threadId, message: 'and then?' }),
      );
      await finished(run);
      const history = agent.calls[before]?.history ?? [];
      expect(history.map((h) => h.role)).toEqual(['user', 'assistant']);
      expect(history.map((h) => h.text)).not.toContain('and then?');
    });

    it('should pair the two channels by request id into one run, generated once', async () => {
      const runs = service();
      const before = agent.calls.length;
      const first = await runs.startOrAttach(
        request({ channel: 'socket', requestId: 'req-1', message: 'hang on' }),
      );
      now += PAIR_WINDOW_MS * 10;
      const second = await runs.startOrAttach(
        request({ channel: 'sse', requestId: 'req-1', message: 'hang on' }),
      );
      expect(second).toEqual({ run: first.run, attached: true });
      expect([...first.run.claims].sort()).toEqual(['socket', 'sse']);
      // A different request id for the same text is another message.
      const third = await runs.startOrAttach(
        request({ channel: 'sse', requestId: 'req-2', message: 'hang on' }),
      );
      expect(third.attached).toBe(false);
      expect(third.run).not.toBe(first.run);
      await generating(third.run);
      expect(agent.calls.length - before).toBe(2);
    });

    it('should pair the other channel within the pair window, and start anew after it or on the same channel', async () => {
      const runs = service();
      const message = 'hang in there';
      const first = await runs.startOrAttach(request({ channel: 'sse', message }));
      now += PAIR_WINDOW_MS;
      const paired = await runs.startOrAttach(request({ channel: 'socket', message }));
      expect(paired).toEqual({ run: first.run, attached: true });

      // The same channel sending the same text again is a new message.
      const again = await runs.startOrAttach(request({ channel: 'sse', message }));
      expect(again.attached).toBe(false);
      now += PAIR_WINDOW_MS + 1;
      const late = await runs.startOrAttach(request({ channel: 'socket', message }));
      expect(late.attached).toBe(false);
      expect(new Set([first.run, again.run, late.run]).size).toBe(3);
      // Another user's identical message never joins this user's run.
      const stranger = await runs.startOrAttach(
        request({ userId: 'user-b', channel: 'socket', message }),
      );
      expect(stranger.attached).toBe(false);
    });

    it('should not admit a request that pairs, and join the run the other channel started during admission', async () => {
      let unblock: () => void = () => undefined;
      const blocked = new Promise<void>((resolve) => (unblock = resolve));
      const admitted: string[] = [];
      const released: string[] = [];
      const admission = {
        admit: async (_request: unknown, runId: string) => {
          admitted.push(runId);
          if (admitted.length === 1) await blocked;
          return {
            runId,
            release: () => {
              released.push(runId);
              return Promise.resolve();
            },
            end: () => undefined,
          };
        },
      } as unknown as NonNullable<RunServiceDeps['admission']>;
      const runs = service({ admission });
      const message = 'hang while admitted';
      // The socket's request waits in admission while the EventSource's starts the run.
      const slow = runs.startOrAttach(request({ channel: 'socket', message }));
      while (admitted.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const fast = await runs.startOrAttach(request({ channel: 'sse', message }));
      expect(fast.attached).toBe(false);
      unblock();
      expect(await slow).toEqual({ run: fast.run, attached: true });
      expect(released).toEqual([admitted[0]]);
      // A request that pairs at once is not admitted at all.
      const third = await runs.startOrAttach(
        request({ channel: 'socket', message: 'hang again', requestId: 'r-3' }),
      );
      const count = admitted.length;
      expect(
        await runs.startOrAttach(
          request({ channel: 'sse', message: 'hang again', requestId: 'r-3' }),
        ),
      ).toEqual({ run: third.run, attached: true });
      expect(admitted).toHaveLength(count);
      expect(registry.live()).toHaveLength(2);
    });

    it('should give back a ticket the caller admitted when the request joins a run already there', async () => {
      const runs = service();
      const message = 'hang on a ticket';
      const first = await runs.startOrAttach(
        request({ channel: 'socket', message, requestId: 'quiz-1' }),
      );
      const ticket = { runId: randomUUID(), release: vi.fn(() => Promise.resolve()), end: vi.fn() };
      const joined = await runs.startOrAttach(
        request({ channel: 'sse', message, requestId: 'quiz-1', ticket }),
      );
      expect(joined).toEqual({ run: first.run, attached: true });
      expect(ticket.release).toHaveBeenCalledTimes(1);
      expect(registry.get(ticket.runId)).toBeUndefined();
    });

    it('should leave nothing stored and no run when admission refuses', async () => {
      const admission = createAdmission({
        perUserPerMinute: 0,
        perIpPerMinute: 0,
        anonDailyLimit: 0,
        anonDailyAddressLimit: 0,
        maxConcurrentRuns: 1,
        ledger: createGenerationLedger(db),
        slots: createLocalRunSlots(),
      });
      const runs = service({ admission });
      const created = vi.fn();
      runs.onRunCreated(created);
      const userId = 'user-busy';
      const { run } = await runs.startOrAttach(request({ userId, message: 'hang one' }));
      await runs.savedOutcome(run);
      const threads = await count('threads', userId);
      const stored = await count('messages', userId);
      expect([threads, stored]).toEqual([1, 2]);

      const threadId = randomUUID();
      await expect(
        runs.startOrAttach(request({ userId, threadId, message: 'one more' })),
      ).rejects.toMatchObject({ code: 'TOO_MANY_RUNS' });
      await expect(
        runs.regenerate({ userId, anonymous: false, ip: '127.0.0.1', threadId: run.init.threadId }),
      ).rejects.toMatchObject({ code: 'TOO_MANY_RUNS' });
      expect(await count('threads', userId)).toBe(threads);
      expect(await count('messages', userId)).toBe(stored);
      expect(await createThreadRepository(db).find(threadId)).toBeNull();
      expect(created).toHaveBeenCalledTimes(1);
      expect(registry.live()).toEqual([run]);
      expect(registry.activeInThread(threadId)).toBeUndefined();

      // Stopping the run frees its slot at once.
      await runs.cancel(run.id, userId);
      const next = await runs.startOrAttach(request({ userId, message: 'now it fits' }));
      expect(next.attached).toBe(false);
      running.push(run, next.run);
    });

    it('should answer another user’s thread, or an unknown id that is no UUID, as missing and store nothing', async () => {
      const runs = service();
      const threadId = await threadOf('user-owner');
      const before = await count('messages', 'user-owner');
      for (const id of [threadId, 'not-a-uuid']) {
        await expect(
          runs.startOrAttach(request({ userId: 'user-intruder', threadId: id })),
        ).rejects.toMatchObject({ code: 'THREAD_NOT_FOUND' });
      }
      expect(await count('messages', 'user-owner')).toBe(before);
      expect(await count('messages', 'user-intruder')).toBe(0);
      expect(registry.live()).toEqual([]);
    });

    it('should end the run with STORE_FAILED and say so in savedOutcome when the question cannot be saved', async () => {
      const failing: MessageRepository = {
        ...messages,
        insertTurns: () => Promise.reject(new Error('disk full')),
      };
      const runs = service({ messages: failing });
      const { run } = await runs.startOrAttach(request({ userId: 'user-unsaved' }));
      expect(await runs.savedOutcome(run)).toEqual({
        stored: 'failed',
        error: 'The message could not be saved',
      });
      expect(await finished(run)).toBe('failed');
      expect(run.log.after(-1).map((e) => e.message)).toEqual(
        expect.arrayContaining([
          {
            event: 'error',
            data: {
              code: 'STORE_FAILED',
              message: 'Your message could not be saved. Try again.',
              retryable: true,
            },
          },
        ]),
      );
      expect(run.status).toBe('failed');
      // The agent starts while the turn is saved; its answer is dropped, nothing is stored.
      expect(await count('threads', 'user-unsaved')).toBe(0);
      expect(await count('messages', 'user-unsaved')).toBe(0);
    });
  });

  describe('with a cluster', () => {
    /** Stands in for Redis: records what the service shares and lets the test answer for it. */
    const fakeCluster = () => {
      const cancelHandlers: ((runId: string, reason: ErrorBody) => void)[] = [];
      const published: Run[] = [];
      const remote = new Map<string, Run>();
      const cancels: [string, string][] = [];
      let winner: ((run: Run) => string) | null = null;
      const cluster = {
        onCancel: (handler: (runId: string, reason: ErrorBody) => void) =>
          void cancelHandlers.push(handler),
        publish: (run: Run) => void published.push(run),
        claimPair: (run: Run) => Promise.resolve(winner ? winner(run) : run.id),
        find: (runId: string) => Promise.resolve(remote.get(runId)),
        cancel: (run: Run, reason: AppError) => {
          cancels.push([run.id, reason.message]);
          return Promise.resolve();
        },
        activeRunId: () => Promise.resolve(null),
        claimRegenerate: () => Promise.resolve(() => undefined),
      };
      return {
        cluster: cluster as unknown as NonNullable<RunServiceDeps['cluster']>,
        cancelHandlers,
        published,
        remote,
        cancels,
        setWinner: (pick: (run: Run) => string) => (winner = pick),
      };
    };

    it('should stop a run of its own when another instance sends the cancel, and ignore others', async () => {
      const fake = fakeCluster();
      const runs = service({ cluster: fake.cluster });
      const { run } = await runs.startOrAttach(request({ message: 'hang for the cluster' }));
      expect(fake.published).toEqual([run]);
      await generating(run);
      const [handler] = fake.cancelHandlers;
      handler?.('no-such-run', { code: 'cancelled', message: 'x', retryable: false });
      expect(run.stopping).toBe(false);
      handler?.(run.id, { code: 'cancelled', message: 'Stopped in another tab', retryable: false });
      expect(await finished(run)).toBe('cancelled');
      expect(run.log.after(-1).find((e) => e.message.event === 'error')?.message.data).toEqual({
        code: 'cancelled',
        message: 'Stopped in another tab',
        retryable: false,
      });
    });

    it('should join the run another instance won the message for, and release its own ticket', async () => {
      const fake = fakeCluster();
      const released = vi.fn(() => Promise.resolve());
      const admission = {
        admit: (_request: unknown, runId: string) =>
          Promise.resolve({ runId, release: released, end: () => undefined }),
      } as unknown as NonNullable<RunServiceDeps['admission']>;
      const runs = service({ cluster: fake.cluster, admission });
      const elsewhere = new RemoteRun(
        {
          id: 'run-on-b',
          userId: 'user-a',
          message: 'asked on the other instance',
          threadId: randomUUID(),
          userMessageId: randomUUID(),
          assistantMessageId: randomUUID(),
          scene: null,
          pairKey: null,
          requestId: 'req-x',
          regenerate: false,
          createdAt: now,
        },
        'instance-b',
        (run, reason) => fake.cluster.cancel(run, reason),
      );
      fake.remote.set(elsewhere.id, elsewhere);
      fake.setWinner(() => elsewhere.id);
      const created = vi.fn();
      runs.onRunCreated(created);

      const joined = await runs.startOrAttach(request({ requestId: 'req-x', channel: 'sse' }));
      expect(joined).toEqual({ run: elsewhere, attached: true });
      expect(elsewhere.claims.has('sse')).toBe(true);
      expect(released).toHaveBeenCalledTimes(1);
      expect(created).not.toHaveBeenCalled();
      expect(fake.published).toEqual([]);

      // Stopping it asks its owner.
      await runs.cancel(elsewhere.id, 'user-a');
      expect(fake.cancels).toEqual([[elsewhere.id, 'The answer was stopped.']]);

      // A winner that is gone already answered the message: nothing is generated twice.
      fake.setWinner(() => 'run-long-gone');
      await expect(
        runs.startOrAttach(request({ requestId: 'req-y', userId: 'user-late' })),
      ).rejects.toMatchObject({ code: 'RUN_ENDED' });
      expect(released).toHaveBeenCalledTimes(2);
      expect(await count('messages', 'user-late')).toBe(0);
    });
  });

  describe('regenerate', () => {
    it('should replace the last answer, and refuse a second regenerate while one runs', async () => {
      const runs = service();
      const userId = 'user-regen';
      const { run: original } = await runs.startOrAttach(
        request({ userId, threadId: randomUUID(), message: 'hang around' }),
      );
      await generating(original);
      const base = { userId, anonymous: false, ip: '127.0.0.1', threadId: original.init.threadId };

      const regenerated = await runs.regenerate(base);
      // The answer being written is replaced: its run is stopped.
      expect(await finished(original)).toBe('cancelled');
      expect(regenerated.init).toMatchObject({
        regenerate: true,
        userMessageId: original.init.userMessageId,
        message: 'hang around',
      });
      await expect(runs.regenerate(base)).rejects.toMatchObject({ code: 'CONFLICT' });
      await generating(regenerated);
      await expect(runs.regenerate(base)).rejects.toMatchObject({ code: 'CONFLICT' });

      await runs.cancel(regenerated.id, userId);
      expect(await finished(regenerated)).toBe('cancelled');
      const { messages: stored } = await messages.page(base.threadId, 10);
      expect(stored.map((m) => [m.role, m.id])).toEqual([
        ['user', original.init.userMessageId],
        ['assistant', regenerated.init.assistantMessageId],
      ]);
    });

    it('should start exactly one of two regenerates sent at once', async () => {
      const runs = service();
      const userId = 'user-regen-twice';
      const threadId = await threadOf(userId);
      const base = { userId, anonymous: false, ip: '127.0.0.1', threadId };
      const results = await Promise.allSettled([runs.regenerate(base), runs.regenerate(base)]);
      const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(started).toHaveLength(1);
      expect(refused).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
      expect(await finished(must(started[0]))).toBe('complete');
      // Once it has ended the thread can be regenerated again.
      expect(await finished(await runs.regenerate(base))).toBe('complete');
    });

    it('should refuse another user’s thread and a thread with no question', async () => {
      const runs = service();
      const threadId = await threadOf('user-regen-owner');
      await expect(
        runs.regenerate({ userId: 'user-other', anonymous: false, ip: '127.0.0.1', threadId }),
      ).rejects.toMatchObject({ code: 'THREAD_NOT_FOUND' });
      const empty = randomUUID();
      await createThreadRepository(db).create({ id: empty, userId: 'user-empty', title: 'empty' });
      await expect(
        runs.regenerate({
          userId: 'user-empty',
          anonymous: false,
          ip: '127.0.0.1',
          threadId: empty,
        }),
      ).rejects.toMatchObject({ code: 'MESSAGE_NOT_FOUND' });
      // A refused regenerate does not hold the thread.
      await expect(
        runs.regenerate({
          userId: 'user-empty',
          anonymous: false,
          ip: '127.0.0.1',
          threadId: empty,
        }),
      ).rejects.toMatchObject({ code: 'MESSAGE_NOT_FOUND' });
    });
  });

  describe('stop', () => {
    it('should cancel the thread’s run for its owner only, and say when nothing is generating', async () => {
      const runs = service();
      const userId = 'user-stop';
      const { run } = await runs.startOrAttach(
        request({ userId, threadId: randomUUID(), message: 'hang tight' }),
      );
      await generating(run);
      const { threadId } = run.init;

      await expect(runs.cancelInThread(threadId, 'user-other')).rejects.toMatchObject({
        code: 'THREAD_NOT_FOUND',
      });
      await expect(runs.cancel(run.id, 'user-other')).rejects.toMatchObject({
        code: 'RUN_NOT_FOUND',
      });
      await expect(runs.get(run.id, 'user-other')).rejects.toMatchObject({
        code: 'RUN_NOT_FOUND',
      });
      expect(run.stopping).toBe(false);
      expect(await runs.activeInThread(threadId)).toBe(run);

      expect(await runs.cancelInThread(threadId, userId)).toBe(run);
      expect(await finished(run)).toBe('cancelled');
      expect(run.log.after(-1).find((e) => e.message.event === 'error')?.message.data).toEqual({
        code: 'cancelled',
        message: 'The answer was stopped.',
        retryable: false,
      });
      const answer = await messages.find(run.init.assistantMessageId);
      expect(answer).toMatchObject({ status: 'cancelled', text: 'Working' });

      await expect(runs.cancelInThread(threadId, userId)).rejects.toMatchObject({
        code: 'RUN_NOT_FOUND',
      });
      // Stopping an ended run is harmless, and it is still the owner's to read.
      await runs.stop(run, new AppError('cancelled', 'x'));
      expect(await runs.get(run.id, userId)).toBe(run);
      await expect(runs.cancel('no-such-run', userId)).rejects.toMatchObject({
        code: 'RUN_NOT_FOUND',
      });
    });
  });
});
