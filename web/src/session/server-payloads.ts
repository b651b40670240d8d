import { z } from 'zod';
import {
  ErrorBody,
  MessageSaved,
  MessagesList,
  ModelEvent,
  ModelResponse,
  RunStarted,
  ThreadDeleted,
  ThreadHistory,
  ThreadsList,
  ThreadUpdated,
  type ServerToClientEvents,
} from '#shared/protocol/index';
import type { ClientSocket } from '../net/client-socket';
import { emitWithAck, type AckedEvent, type AckResponse } from '../net/emit-with-ack';

/**
 * The schema of every server event the chat listens to. Objects the client only reads drop
 * unknown keys rather than refusing them, so a newer server's extra field breaks nothing.
 */
const serverPayloads = {
  model_event: ModelEvent,
  model_response: ModelResponse.strip(),
  run_started: RunStarted.strip(),
  message_saved: MessageSaved.strip(),
  threads_list: ThreadsList,
  messages_list: MessagesList,
  thread_history: ThreadHistory,
  thread_updated: ThreadUpdated,
  thread_deleted: ThreadDeleted,
  error: ErrorBody.strip(),
} as const satisfies Partial<Record<keyof ServerToClientEvents, z.ZodType>>;

type ServerPayloadName = keyof typeof serverPayloads;

/** One handler per server event, given the payload already validated. */
export type ServerPayloadHandlers = {
  readonly [E in ServerPayloadName]: (payload: z.output<(typeof serverPayloads)[E]>) => void;
} & {
  readonly connect: () => void;
  readonly disconnect: () => void;
};

const names = Object.keys(serverPayloads) as ServerPayloadName[];

/**
 * Listens to the socket: each payload is validated once, here, and handed on typed; an invalid
 * one is dropped with a warning. Returns the function that stops listening.
 */
export const listenToServer = (
  socket: ClientSocket,
  handlers: ServerPayloadHandlers,
): (() => void) => {
  // socket.io's typed `on` cannot take an event name that is a union; listen untyped.
  const untyped = socket as unknown as {
    on: (event: string, listener: (payload: unknown) => void) => void;
    off: (event: string, listener: (payload: unknown) => void) => void;
  };
  const listeners = new Map<string, (payload: unknown) => void>();
  for (const name of names) {
    listeners.set(name, (payload) => {
      const parsed = serverPayloads[name].safeParse(payload);
      if (!parsed.success) {
        console.warn(`[socket] ignored an invalid "${name}" payload`, parsed.error.issues);
        return;
      }
      (handlers[name] as (payload: unknown) => void)(parsed.data);
    });
  }
  listeners.set('connect', () => handlers.connect());
  listeners.set('disconnect', () => handlers.disconnect());
  listeners.set('connect_error', () => handlers.disconnect());
  for (const [event, listener] of listeners) untyped.on(event, listener);
  if (socket.connected) handlers.connect();
  return () => {
    for (const [event, listener] of listeners) untyped.off(event, listener);
  };
};

/** The acknowledgement of a run request (`model_start`, `model_regenerate`, `model_cancel`). */
const RunAck = z.union([
  z.object({ ok: z.literal(true), run_id: z.string() }),
  z.object({ ok: z.literal(false), error: ErrorBody.strip() }),
]);
export type RunAck = z.infer<typeof RunAck>;
type RunRequest = Extract<AckedEvent, 'model_start' | 'model_regenerate' | 'model_cancel'>;

/**
 * Emits a run request and resolves with its validated acknowledgement; rejects when none comes in
 * `timeoutMs` or it is not one.
 */
export const requestRun = async <E extends RunRequest>(
  socket: ClientSocket,
  event: E,
  payload: Parameters<typeof emitWithAck<E>>[2],
  timeoutMs: number,
): Promise<RunAck> => {
  const ack: AckResponse<E> = await emitWithAck(socket, event, payload, timeoutMs);
  return RunAck.parse(ack);
};
