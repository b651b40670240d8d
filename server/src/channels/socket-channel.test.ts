import { randomUUID } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ModelEvent } from '#shared/protocol/model-event';
import {
  collect,
  connectSocket,
  emitUntyped,
  nextEvent,
  type ClientSocket,
} from '../../../test/support/socket-client.js';
import { openTestDatabase } from '../../../test/support/test-server.js';
import type { Authenticator } from '../auth/authenticator.js';
import { AppError } from '../errors/app-error.js';
import type { Admission } from '../limits/admission.js';
import type { Logger } from '../logger.js';
import type { RunService, StartRequest } from '../runs/run-service.js';
import { LocalRun } from '../runs/local-run.js';
import type { Run } from '../runs/run.js';
import type { Database } from '../store/database.js';
import { createMessageRepository } from '../store/message-repository.js';
import { createThreadRepository } from '../store/thread-repository.js';
import { createThreadService } from '../threads/thread-service.js';
import { attachSocketChannel, type AppServer } from './socket-channel.js';

/** Tokens are user ids: authentication is not what these tests are about. */
const auth = {
  authenticate: ({ token }: { token?: string | undefined }) =>
    Promise.resolve(token ? { userId: token, anonymous: false } : null),
  hasValidSessionCookie: () => true,
  issueGuest: () => {
    throw new Error('no guests here');
  },
} as unknown as Authenticator;

const makeRun = (threadId: string, userId = 'alice') =>
  new LocalRun({
    id: `run-${randomUUID()}`,
    threadId,
    userId,
    userMessageId: randomUUID(),
    assistantMessageId: randomUUID(),
    message: 'hello',
    scene: null,
    pairKey: null,
    requestId: null,
    regenerate: false,
    createdAt: 0,
  });

/** Appends a model event to the run, as execute-run does. */
const emitModelEvent = (run: LocalRun, muscleId: string): ModelEvent => {
  const seq = run.events.length;
  const event: ModelEvent = {
    id: `${run.id}-${seq}`,
    runId: run.id,
    seq,
    type: 'model:selectMuscles',
    payload: { muscleIds: [muscleId], side: 'both', mode: 'replace' },
  };
  run.append({ event: 'event', data: event });
  return event;
};

type Ack = { ok: boolean; error?: { code: string; message: string; request?: string } };

describe('the socket channel', () => {
  let db: Database;
  let http: HttpServer;
  let io: AppServer;
  let url: string;
  const sockets: ClientSocket[] = [];
  const active = new Map<string, Run>();
  /** Runs that ended but are still held (the grace period). */
  const ended: Run[] = [];
  let created: ((run: Run) => void) | null = null;
  const log = { warn: vi.fn(), error: vi.fn(), info: vi.fn(), debug: vi.fn() };
  let usage: (userId: string) => Promise<{ messages_used: number; messages_limit: null }>;

  const runs = {
    onRunCreated: (listener: (run: Run) => void) => {
      created = listener;
      return () => undefined;
    },
    startOrAttach: vi.fn((request: StartRequest) => {
      const run = makeRun(request.threadId ?? randomUUID(), request.userId);
      return Promise.resolve({ run, attached: false });
    }),
    savedOutcome: () => Promise.resolve({ stored: 'database' as const }),
    cancel: vi.fn((): Promise<Run> => Promise.reject(new Error('unexpected'))),
    cancelInThread: vi.fn((): Promise<Run> => Promise.reject(new Error('unexpected'))),
    get: (runId: string, userId: string) => {
      const run = [...active.values(), ...ended].find((r) => r.id === runId);
      return run && run.init.userId === userId
        ? Promise.resolve(run)
        : Promise.reject(new AppError('RUN_NOT_FOUND', `Run ${runId} not found`));
    },
    activeInThread: (threadId: string) => Promise.resolve(active.get(threadId)),
    threadSaved: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };

  const start = async (eventsPerSecond = 0) => {
    http = createServer();
    io = new Server(http) as AppServer;
    const messages = createMessageRepository(db);
    attachSocketChannel(io, {
      auth,
      admission: { usage: (userId: string) => usage(userId) } as unknown as Admission,
      runs: runs as unknown as RunService,
      log: log as unknown as Logger,
      clientAddress: () => '127.0.0.1',
      eventsPerSecond,
      threadService: createThreadService({
        threads: createThreadRepository(db),
        messages,
        runs,
        listener: () => ({ renamed: () => undefined, deleted: () => undefined }),
      }),
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  };

  const connect = async (userId: string) => {
    const socket = await connectSocket(url, { token: userId });
    sockets.push(socket);
    return socket;
  };

  /** A thread of `userId` with one finished turn. */
  const threadOf = async (userId: string) => {
    const threadId = randomUUID();
    await createMessageRepository(db).insertTurns([
      {
        threadId,
        newThreadTitle: 'Shoulder',
        userId,
        runId: randomUUID(),
        userMessage: { id: randomUUID(), text: 'What is the deltoid?' },
        assistantMessage: { id: randomUUID(), provider: 'test', model: 'test' },
      },
    ]);
    return threadId;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await io.close();
    active.clear();
    ended.length = 0;
    created = null;
    vi.clearAllMocks();
  });

  describe('payloads', () => {
    it('should answer an invalid payload with a clear error, by ack and by `error`, and keep serving', async () => {
      await start();
      usage = () => Promise.resolve({ messages_used: 3, messages_limit: null });
      const socket = await connect('alice');
      const errors = collect(socket, 'error');

      const ack = (await emitUntyped(socket, 'model_start', { message: 42 })) as Ack;
      expect(ack).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_REQUEST',
          request: 'model_start',
          message: expect.stringMatching(/^Invalid model_start payload: .*message/),
        },
      });
      for (const [event, payload] of [
        ['list_messages', { thread_id: 'not a thread id!' }],
        ['rename_thread', { thread_id: 'abc', title: '   ' }],
        ['model_cancel', {}],
        ['join_thread', 'just a string'],
        ['delete_thread', null],
      ] as const) {
        const refused = (await emitUntyped(socket, event, payload)) as Ack;
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'INVALID_REQUEST', request: event },
        });
      }
      // Without an ack, the `error` event alone says it.
      socket.emit('model_start', { message: '' });
      const withoutAck = await nextEvent(socket, 'error', (e) => e.request === 'model_start');
      expect(withoutAck.code).toBe('INVALID_REQUEST');

      expect(errors.slice(0, 6).map((e) => e.request)).toEqual([
        'model_start',
        'list_messages',
        'rename_thread',
        'model_cancel',
        'join_thread',
        'delete_thread',
      ]);
      expect(errors[0]).toEqual(ack.error);
      expect(runs.startOrAttach).not.toHaveBeenCalled();
      expect(log.error).not.toHaveBeenCalled();
      expect(socket.connected).toBe(true);
      const info = nextEvent(socket, 'usage_info');
      expect(await emitUntyped(socket, 'usage_info', undefined)).toEqual({ ok: true });
      expect(await info).toMatchObject({ user_id: 'alice', messages_used: 3 });
    });

    it('should tolerate unknown keys and the caller’s own user_id, and refuse another’s', async () => {
      await start();
      const socket = await connect('alice');
      const saved = nextEvent(socket, 'message_saved');
      const ack = (await emitUntyped(socket, 'model_start', {
        message: 'What does the biceps do?',
        request_id: 'req-1',
        user_id: 'alice',
        page: 1,
        limit: 20,
        future_option: { nested: true },
      })) as Ack & { run_id: string; thread_id: string };
      expect(ack).toEqual({ ok: true, run_id: expect.any(String), thread_id: expect.any(String) });
      expect(runs.startOrAttach).toHaveBeenCalledTimes(1);
      const request = runs.startOrAttach.mock.calls[0]?.[0];
      expect(request).toMatchObject({
        userId: 'alice',
        channel: 'socket',
        message: 'What does the biceps do?',
        requestId: 'req-1',
      });
      expect(JSON.stringify(request)).not.toContain('future_option');
      expect(await saved).toMatchObject({ run_id: ack.run_id, stored: 'database' });

      const forged = (await emitUntyped(socket, 'model_start', {
        message: 'hi',
        user_id: 'bob',
      })) as Ack;
      expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(runs.startOrAttach).toHaveBeenCalledTimes(1);
    });

    it('should catch a socket that joins a run up on its events, and give an ended one’s whole answer', async () => {
      await start();
      const socket = await connect('alice');
      const run = makeRun(randomUUID());
      const first = emitModelEvent(run, 'deltoid');
      run.append({ event: 'token', data: { content: 'The deltoid.' } });
      run.append({ event: 'done', data: { run_id: run.id, status: 'complete' } });
      run.finish('complete', 1);
      runs.startOrAttach.mockImplementationOnce(() => Promise.resolve({ run, attached: true }));
      const events = collect(socket, 'model_event');
      const stream = collect(socket, 'model_stream');
      const response = nextEvent(socket, 'model_response');
      const saved = nextEvent(socket, 'message_saved');

      const ack = (await emitUntyped(socket, 'model_start', {
        message: 'hello',
        stream: true,
      })) as Ack;
      expect(ack).toEqual({ ok: true, run_id: run.id, thread_id: run.init.threadId });
      expect(await response).toEqual({
        thread_id: run.init.threadId,
        message_id: run.init.assistantMessageId,
        run_id: run.id,
        response: 'The deltoid.',
        events: [first],
        status: 'complete',
      });
      await saved;
      expect(events).toEqual([first]);
      expect(log.error).not.toHaveBeenCalled();
      expect(stream.map((entry) => [entry.id, entry.event])).toEqual([
        [`${run.id}:0`, 'event'],
        [`${run.id}:1`, 'token'],
        [`${run.id}:2`, 'done'],
      ]);
    });

    it('should answer an unexpected failure as INTERNAL without its message, log it, and keep serving', async () => {
      await start();
      const socket = await connect('alice');
      runs.cancel.mockImplementationOnce(() =>
        Promise.reject(new Error('password authentication failed for user "admin"')),
      );
      const ack = (await emitUntyped(socket, 'model_cancel', { run_id: 'run-1' })) as Ack;
      expect(ack).toEqual({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Internal server error',
          retryable: true,
          request: 'model_cancel',
        },
      });
      expect(log.error).toHaveBeenCalledTimes(1);
      expect(socket.connected).toBe(true);
      expect(await emitUntyped(socket, 'list_threads', {})).toEqual({ ok: true });
    });
  });

  describe('the per-socket event gate', () => {
    it('should handle one socket’s events one at a time, in order', async () => {
      await start();
      const order: string[] = [];
      let unblock: () => void = () => undefined;
      const blocked = new Promise<void>((resolve) => (unblock = resolve));
      let called: () => void = () => undefined;
      const firstCalled = new Promise<void>((resolve) => (called = resolve));
      usage = async () => {
        const n = order.filter((o) => o.startsWith('start')).length + 1;
        order.push(`start ${n}`);
        if (n === 1) {
          called();
          await blocked;
        }
        order.push(`end ${n}`);
        return { messages_used: n, messages_limit: null };
      };
      const socket = await connect('alice');
      const other = await connect('bob');
      const first = emitUntyped(socket, 'usage_info', undefined);
      const second = emitUntyped(socket, 'usage_info', undefined);
      await firstCalled;
      // Another socket is not held up by this one.
      expect(await emitUntyped(other, 'list_threads', {})).toEqual({ ok: true });
      expect(order).toEqual(['start 1']);
      unblock();
      expect(await Promise.all([first, second])).toEqual([{ ok: true }, { ok: true }]);
      expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    });

    it('should refuse a socket over its rate with RATE_LIMITED, spare the others, and cut off one that floods on', async () => {
      // One event a second, averaged over five seconds: five at once pass.
      await start(1);
      usage = () => Promise.resolve({ messages_used: 0, messages_limit: null });
      const socket = await connect('alice');
      const other = await connect('bob');
      const acks = (await Promise.all(
        Array.from({ length: 7 }, () => emitUntyped(socket, 'usage_info', undefined)),
      )) as Ack[];
      expect(acks.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => ({ ok: true })));
      for (const refused of acks.slice(5)) {
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'RATE_LIMITED', retryable: true, request: 'usage_info' },
        });
      }
      expect(await emitUntyped(other, 'usage_info', undefined)).toEqual({ ok: true });
      expect(socket.connected).toBe(true);

      // As many refusals again as the allowance, and the socket is disconnected.
      const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
      for (let i = 0; i < 4; i++) socket.emit('usage_info');
      expect(await disconnected).toBe('io server disconnect');
      expect(log.warn).toHaveBeenCalledWith(
        expect.objectContaining({ userId: 'alice' }),
        'socket flooding: disconnected',
      );
      expect(other.connected).toBe(true);
      expect(await emitUntyped(other, 'usage_info', undefined)).toEqual({ ok: true });
    });
  });

  describe('threads', () => {
    it('should replay the active run’s events once on join_thread, then send live ones once', async () => {
      await start();
      const threadId = await threadOf('alice');
      const run = makeRun(threadId);
      active.set(threadId, run);
      created?.(run);
      const before = [emitModelEvent(run, 'deltoid'), emitModelEvent(run, 'biceps-brachii')];

      const socket = await connect('alice');
      const events = collect(socket, 'model_event');
      const history = nextEvent(socket, 'thread_history');
      expect(await emitUntyped(socket, 'join_thread', { thread_id: threadId })).toEqual({
        ok: true,
      });
      expect(await history).toMatchObject({
        thread_id: threadId,
        active_run: { run_id: run.id, message_id: run.init.assistantMessageId },
      });
      expect((await history).messages).toHaveLength(2);
      expect(events).toEqual(before);

      const live = emitModelEvent(run, 'triceps-brachii');
      await nextEvent(socket, 'model_event', (e) => e.id === live.id);
      // One more round trip: anything sent twice would have arrived by now.
      await emitUntyped(socket, 'list_threads', {});
      expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
    });

    it('should resume a run that ended since, after the last id the client saw, to its done', async () => {
      await start();
      const threadId = await threadOf('alice');
      const run = makeRun(threadId);
      run.append({ event: 'token', data: { content: 'Seen ' } });
      run.append({ event: 'token', data: { content: 'missed' } });
      run.append({ event: 'done', data: { run_id: run.id, status: 'complete' } });
      run.finish('complete', 1);
      ended.push(run);
      const socket = await connect('alice');
      const stream = collect(socket, 'model_stream');
      const errors = collect(socket, 'error');
      const history = nextEvent(socket, 'thread_history');

      const ack = await emitUntyped(socket, 'join_thread', {
        thread_id: threadId,
        stream: true,
        after: `${run.id}:0`,
      });
      expect(ack).toEqual({ ok: true });
      expect((await history).active_run).toBeNull();
      expect(stream.map((entry) => [entry.id, entry.event])).toEqual([
        [`${run.id}:1`, 'token'],
        [`${run.id}:2`, 'done'],
      ]);
      expect(errors).toEqual([]);

      // Another user's run id, or a run of another thread, resumes nothing.
      const stranger = await connect('bob');
      const strangerThread = await threadOf('bob');
      const seen = collect(stranger, 'model_stream');
      expect(
        await emitUntyped(stranger, 'join_thread', {
          thread_id: strangerThread,
          stream: true,
          after: `${run.id}:0`,
        }),
      ).toEqual({ ok: true });
      expect(seen).toEqual([]);
      const otherThread = await threadOf('alice');
      expect(
        await emitUntyped(socket, 'join_thread', {
          thread_id: otherThread,
          stream: true,
          after: `${run.id}:0`,
        }),
      ).toEqual({ ok: true });
      expect(stream).toHaveLength(2);
    });

    it('should let a stranger join nothing: no history, no events, no room', async () => {
      await start();
      const threadId = await threadOf('alice');
      const run = makeRun(threadId);
      active.set(threadId, run);
      created?.(run);
      emitModelEvent(run, 'deltoid');

      const stranger = await connect('bob');
      const seen = collect(stranger, 'model_event');
      const histories = collect(stranger, 'thread_history');
      const ack = (await emitUntyped(stranger, 'join_thread', {
        thread_id: threadId,
        stream: true,
      })) as Ack;
      expect(ack).toMatchObject({ ok: false, error: { code: 'THREAD_NOT_FOUND' } });
      emitModelEvent(run, 'biceps-brachii');
      await emitUntyped(stranger, 'list_threads', {});
      expect(seen).toEqual([]);
      expect(histories).toEqual([]);
    });

    it('should list, rename and delete a thread for its owner only', async () => {
      await start();
      const threadId = await threadOf('alice');
      const threads = createThreadRepository(db);
      const owner = await connect('alice');
      const stranger = await connect('bob');

      for (const [event, payload] of [
        ['list_messages', { thread_id: threadId }],
        ['rename_thread', { thread_id: threadId, title: 'Mine now' }],
        ['delete_thread', { thread_id: threadId }],
        // A forged claim does not get past ownership either.
        ['delete_thread', { thread_id: threadId, user_id: 'alice' }],
      ] as const) {
        const ack = (await emitUntyped(stranger, event, payload)) as Ack;
        expect(ack.ok).toBe(false);
        expect(['THREAD_NOT_FOUND', 'FORBIDDEN']).toContain(ack.error?.code);
      }
      expect(await threads.find(threadId)).toMatchObject({ userId: 'alice', title: 'Shoulder' });

      const list = nextEvent(owner, 'messages_list');
      expect(await emitUntyped(owner, 'list_messages', { thread_id: threadId })).toEqual({
        ok: true,
      });
      expect((await list).messages.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(
        await emitUntyped(owner, 'rename_thread', { thread_id: threadId, title: '  Deltoid  ' }),
      ).toEqual({ ok: true });
      expect((await threads.find(threadId))?.title).toBe('Deltoid');
      expect(await emitUntyped(owner, 'delete_thread', { thread_id: threadId })).toEqual({
        ok: true,
      });
      expect(await threads.find(threadId)).toBeNull();
    });
  });
});
