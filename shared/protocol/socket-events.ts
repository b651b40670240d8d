import type { ErrorBody } from './error-code.js';
import type { ModelEvent } from './model-event.js';
import type { QuizAnswerPayload, QuizAnswerResult } from './quiz-answer.js';
import type {
  DeleteThreadPayload,
  JoinThreadPayload,
  ListMessagesPayload,
  ListThreadsPayload,
  MessageSaved,
  MessagesList,
  ModelCancelPayload,
  ModelRegeneratePayload,
  ModelResponse,
  ModelStartPayload,
  ModelStream,
  RenameThreadPayload,
  RunStarted,
  ThreadHistory,
  ThreadDeleted,
  ThreadsList,
  ThreadUpdated,
  UsageInfo,
} from './socket-payloads.js';
import type { z } from 'zod';

/** Optional acknowledgement: `{ ok: true, ... }` or the error. Always the last argument. */
export type Ack<T> = (response: ({ ok: true } & T) | { ok: false; error: ErrorBody }) => void;

/** Inputs are `z.input` types: defaults may be left out by the sender. */
export interface ClientToServerEvents {
  model_start: (
    payload: z.input<typeof ModelStartPayload>,
    ack?: Ack<{ run_id: string; thread_id: string }>,
  ) => void;
  model_cancel: (
    payload: z.input<typeof ModelCancelPayload>,
    ack?: Ack<{ run_id: string }>,
  ) => void;
  model_regenerate: (
    payload: z.input<typeof ModelRegeneratePayload>,
    ack?: Ack<{ run_id: string; thread_id: string }>,
  ) => void;
  list_threads: (payload?: z.input<typeof ListThreadsPayload>, ack?: Ack<object>) => void;
  list_messages: (payload: z.input<typeof ListMessagesPayload>, ack?: Ack<object>) => void;
  join_thread: (payload: z.input<typeof JoinThreadPayload>, ack?: Ack<object>) => void;
  rename_thread: (payload: z.input<typeof RenameThreadPayload>, ack?: Ack<object>) => void;
  delete_thread: (payload: z.input<typeof DeleteThreadPayload>, ack?: Ack<object>) => void;
  usage_info: (payload?: unknown, ack?: Ack<object>) => void;
  /** Answers an open quiz question; graded by the server. */
  quiz_answer: (payload: z.input<typeof QuizAnswerPayload>, ack?: Ack<QuizAnswerResult>) => void;
}

export interface ServerToClientEvents {
  model_event: (event: ModelEvent) => void;
  model_response: (response: ModelResponse) => void;
  message_saved: (saved: MessageSaved) => void;
  run_started: (run: RunStarted) => void;
  threads_list: (list: ThreadsList) => void;
  messages_list: (list: MessagesList) => void;
  thread_history: (history: ThreadHistory) => void;
  usage_info: (info: UsageInfo) => void;
  model_stream: (entry: ModelStream) => void;
  thread_updated: (thread: ThreadUpdated) => void;
  thread_deleted: (thread: ThreadDeleted) => void;
  error: (error: ErrorBody) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events yet
export interface InterServerEvents {}

export interface SocketData {
  userId: string;
  anonymous: boolean;
  /** The client's address key for per-address limits (server side only). */
  address: string;
}
