import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import type { ErrorBody } from '#shared/protocol/error-code';
import type { MessageStatus } from '#shared/protocol/message-status';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '#shared/protocol/socket-events';
import {
  JoinThreadPayload,
  ListMessagesPayload,
  ListThreadsPayload,
  ModelCancelPayload,
  ModelRegeneratePayload,
  ModelStartPayload,
  DeleteThreadPayload,
  RenameThreadPayload,
} from '#shared/protocol/socket-payloads';
import { QuizAnswerPayload } from '#shared/protocol/quiz-answer';
import type { IncomingMessage } from 'node:http';
import { assertOwnClaim } from '../auth/assert-own-claim.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { Identity } from '../auth/identity.js';
import { AppError, toErrorBody } from '../errors/app-error.js';
import { logDroppedKeys } from '../errors/dropped-keys.js';
import { findUnsafeString } from '../errors/find-unsafe-string.js';
import type { Admission } from '../limits/admission.js';
import type { Logger } from '../logger.js';
import type { Run } from '../runs/run.js';
import type { RunService } from '../runs/run-service.js';
import { parseEventId } from '#shared/protocol/event-id';
import type { QuizService } from '../quiz/quiz-service.js';
import { describeActiveRun, type ThreadService } from '../threads/thread-service.js';
import { createSocketEventGates } from './socket-event-gate.js';
import { streamRunToSocket } from './stream-run-to-socket.js';

export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export type SocketChannelDeps = {
  auth: Authenticator;
  admission: Admission;
  runs: RunService;
  log: Logger;
  /** The client's address key, with the same proxy trust as HTTP's `req.ip`. */
  clientAddress: (request: IncomingMessage) => string;
  /** Events one socket may send per second, averaged over 5 s (0 = no limit). */
  eventsPerSecond: number;
  threadService: ThreadService;
  /** Grades quiz answers (`quiz_answer`). */
  quiz?: QuizService;
};

export const threadRoom = (threadId: string) => `thread:${threadId}`;
/** Every socket of one user: their tabs hear of thread renames and deletes. */
export const userRoom = (userId: string) => `user:${userId}`;

const modelResponseOf = (run: Run, status: MessageStatus) => ({
  thread_id: run.init.threadId,
  message_id: run.init.assistantMessageId,
  run_id: run.id,
  response: run.text,
  events: [...run.events],
  status,
});

/** The whole answer, for clients that only speak Socket.IO. */
export const emitModelResponse = (io: AppServer, run: Run, status: MessageStatus): void => {
  io.to(threadRoom(run.init.threadId)).emit('model_response', modelResponseOf(run, status));
};

/** Sends a run's model events to its thread room as they happen, and `model_response` at the end. */
const broadcastRun = (io: AppServer, runs: RunService, run: Run) => {
  const room = threadRoom(run.init.threadId);
  // Other tabs on the thread learn of the run and may attach to its stream.
  io.to(room).emit('run_started', {
    thread_id: run.init.threadId,
    run_id: run.id,
    user_message_id: run.init.userMessageId,
    message_id: run.init.assistantMessageId,
    text: run.init.message,
    ...(run.init.requestId ? { request_id: run.init.requestId } : {}),
  });
  // The agent starts while the message is being saved, but its model events reach the room
  // only once the save's outcome is known, so the sender hears `message_saved` first: its
  // handler awaits the same outcome and, one event-loop turn later, the log is replayed from
  // here. A message that was not saved gets no events, only its `model_response`.
  const from = run.log.length - 1;
  void runs.savedOutcome(run).then((outcome) =>
    setImmediate(() =>
      run.subscribe(from, (entry) => {
        // Most entries are tokens, which the room does not hear: no parsing for them.
        if (entry.event !== 'event' && entry.event !== 'done') return;
        const { message } = entry;
        if (message.event === 'event' && outcome.stored === 'database')
          io.to(room).emit('model_event', message.data);
        if (message.event === 'done') emitModelResponse(io, run, message.data.status);
      }),
    ),
  );
};

type AnyAck = ((response: unknown) => void) | undefined;

/**
 * Wires the Socket.IO side of the protocol. Listeners are registered once per connection; every
 * payload is parsed, every failure answered with `error` (and the ack, when one was given).
 */
export const attachSocketChannel = (io: AppServer, deps: SocketChannelDeps): void => {
  const { runs, log } = deps;
  runs.onRunCreated((run) => broadcastRun(io, runs, run));

  // Browsers that open a socket before any HTTP request get their guest cookie on the handshake.
  const issued = new WeakMap<object, Identity>();
  // A stale or invalid cookie is treated as HTTP treats it: ignored, and a new guest issued.
  io.engine.on(
    'initial_headers',
    (headers: Record<string, string | string[]>, request: IncomingMessage) => {
      if (request.headers.authorization || deps.auth.hasValidSessionCookie(request.headers.cookie))
        return;
      const guest = deps.auth.issueGuest();
      headers['set-cookie'] = guest.setCookie;
      issued.set(request, guest.identity);
    },
  );
  const gates = createSocketEventGates(deps.eventsPerSecond);

  io.use(async (socket, next) => {
    try {
      const auth = socket.handshake.auth as Record<string, unknown>;
      const identity =
        (await deps.auth.authenticate({
          authorization: socket.handshake.headers.authorization,
          cookieHeader: socket.handshake.headers.cookie,
          token: typeof auth.token === 'string' ? auth.token : undefined,
        })) ?? issued.get(socket.request);
      if (!identity)
        throw new AppError(
          'UNAUTHENTICATED',
          'No session: open GET /api/session first, or pass auth.token',
        );
      assertOwnClaim(auth.user_id ?? socket.handshake.query.user_id, identity.userId);
      socket.data.userId = identity.userId;
      socket.data.anonymous = identity.anonymous;
      socket.data.address = deps.clientAddress(socket.request);
      next();
    } catch (error) {
      const body = toErrorBody(error, 'connect');
      next(Object.assign(new Error(body.message), { data: body }));
    }
  });

  io.on('connection', (socket: AppSocket) => {
    const userId = socket.data.userId;
    void socket.join(userRoom(userId));
    const gate = gates.forSocket(socket.id, () => {
      log.warn({ userId, address: socket.data.address }, 'socket flooding: disconnected');
      // Cut off once what was already answered has gone out, so the client learns why.
      setTimeout(() => socket.disconnect(true), 100).unref();
    });

    const fail = (request: string, error: unknown, ack: AnyAck) => {
      const body: ErrorBody = toErrorBody(error, request);
      if (!AppError.isInstance(error)) log.error({ err: error, request }, 'socket handler failed');
      socket.emit('error', body);
      if (typeof ack === 'function') ack({ ok: false, error: body });
    };

    /** Parses the payload, checks a claimed user_id, runs the handler; never throws. */
    const handle = <S extends z.ZodType>(
      name: keyof ClientToServerEvents,
      schema: S,
      handler: (payload: z.output<S>, ack: AnyAck) => Promise<void> | void,
    ) => {
      socket.on(name, async (...args: unknown[]) => {
        const last = args.at(-1);
        let acked = false;
        const ack: AnyAck =
          typeof last === 'function'
            ? (response) => {
                if (acked) return;
                acked = true;
                (last as (r: unknown) => void)(response);
              }
            : undefined;
        try {
          await gate.run(async () => {
            const unsafe = findUnsafeString(args[0]);
            if (unsafe !== null)
              throw new AppError(
                'INVALID_REQUEST',
                `Invalid ${name} payload: ${unsafe} contains a NUL character or an unpaired surrogate`,
              );
            const parsed = schema.safeParse(args[0] ?? {});
            if (!parsed.success) throw AppError.invalid(parsed.error, `${name} payload`);
            logDroppedKeys(args[0], parsed.data, name);
            assertOwnClaim((parsed.data as { user_id?: string }).user_id, userId);
            await handler(parsed.data, ack);
          });
          // Every event can be acknowledged; those without a specific answer just confirm.
          ack?.({ ok: true });
        } catch (error) {
          fail(name, error, ack);
        }
      });
    };

    handle('model_start', ModelStartPayload, async (payload, ack) => {
      const { run, attached } = await runs.startOrAttach({
        userId,
        anonymous: socket.data.anonymous,
        ip: socket.data.address,
        channel: 'socket',
        message: payload.message,
        threadId: payload.thread_id,
        requestId: payload.request_id,
        scene: payload.scene,
      });
      await socket.join(threadRoom(run.init.threadId));
      ack?.({ ok: true, run_id: run.id, thread_id: run.init.threadId });
      if (payload.stream) streamRunToSocket(socket, run, -1);
      // Joined a run the EventSource started: catch up on the events broadcast before we joined.
      if (attached) for (const event of run.events) socket.emit('model_event', event);
      // A late request for a message already answered: the whole answer, as at the end of a run.
      if (attached && run.ended) socket.emit('model_response', modelResponseOf(run, run.status));
      const outcome = await runs.savedOutcome(run);
      socket.emit('message_saved', {
        id: run.init.userMessageId,
        thread_id: run.init.threadId,
        run_id: run.id,
        ...outcome,
      });
    });

    handle('model_cancel', ModelCancelPayload, async (payload, ack) => {
      const run = payload.run_id
        ? await runs.cancel(payload.run_id, userId)
        : await runs.cancelInThread(payload.thread_id as string, userId);
      ack?.({ ok: true, run_id: run.id });
    });

    handle('model_regenerate', ModelRegeneratePayload, async (payload, ack) => {
      const run = await runs.regenerate({
        userId,
        anonymous: socket.data.anonymous,
        ip: socket.data.address,
        threadId: payload.thread_id,
        scene: payload.scene,
      });
      await socket.join(threadRoom(run.init.threadId));
      ack?.({ ok: true, run_id: run.id, thread_id: run.init.threadId });
    });

    handle('list_threads', ListThreadsPayload, async (payload) => {
      const { threads, hasMore } = await deps.threadService.list(
        userId,
        payload.page,
        payload.limit,
      );
      socket.emit('threads_list', {
        threads,
        page: payload.page,
        limit: payload.limit,
        has_more: hasMore,
      });
    });

    handle('list_messages', ListMessagesPayload, async (payload) => {
      const { messages, nextBefore } = await deps.threadService.page(userId, payload.thread_id, {
        before: payload.before,
        page: payload.page,
        limit: payload.limit,
      });
      socket.emit('messages_list', {
        thread_id: payload.thread_id,
        messages,
        next_before: nextBefore,
      });
    });

    handle('join_thread', JoinThreadPayload, async (payload) => {
      // In the room before reading history, so nothing emitted in between is missed.
      await deps.threadService.owned(userId, payload.thread_id);
      await socket.join(threadRoom(payload.thread_id));
      const { messages, nextBefore, active } = await deps.threadService.history(
        userId,
        payload.thread_id,
      );
      socket.emit('thread_history', {
        thread_id: payload.thread_id,
        messages,
        next_before: nextBefore,
        active_run: describeActiveRun(active),
      });
      // The run so far: clients apply each event id once, so replaying is safe.
      for (const event of active?.events ?? []) socket.emit('model_event', event);
      if (payload.stream) {
        // Resume after the last id seen, of the active run or of one that ended since.
        const after = parseEventId(payload.after);
        const run = after ? await runs.get(after.runId, userId).catch(() => undefined) : active;
        if (run && run.init.threadId === payload.thread_id)
          streamRunToSocket(socket, run, after?.runId === run.id ? after.index : -1);
      }
    });

    handle('rename_thread', RenameThreadPayload, async (payload) => {
      await deps.threadService.rename(userId, payload.thread_id, payload.title);
    });

    handle('delete_thread', DeleteThreadPayload, async (payload) => {
      await deps.threadService.delete(userId, payload.thread_id);
    });

    handle('quiz_answer', QuizAnswerPayload, async (payload, ack) => {
      if (!deps.quiz) throw new AppError('NOT_FOUND', 'Quizzes are not available here');
      const result = await deps.quiz.answer({
        userId,
        anonymous: socket.data.anonymous,
        ip: socket.data.address,
        channel: 'socket',
        questionId: payload.question_id,
        response: payload.answer,
      });
      ack?.({ ok: true, ...result });
    });

    handle('usage_info', z.unknown(), async () => {
      const usage = await deps.admission.usage(userId, socket.data.anonymous);
      socket.emit('usage_info', { user_id: userId, anonymous: socket.data.anonymous, ...usage });
    });
  });
};
