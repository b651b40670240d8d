import type { ErrorBody } from './error-code.js';
import type { ModelEvent } from './model-event.js';
import type { QuizAnswerPayload, QuizAnswerResult } from './quiz-answer.js';
import type {
  JoinThreadPayload,
  ListMessagesPayload,
  ListThreadsPayload,
  MessageSaved,
  MessagesList,
  ModelCancelPayload,
  ModelRegeneratePayload,
  ModelResponse,
  ModelStartPayload,
  RunStarted,
  ThreadHistory,
  ThreadsList,
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
  list_threads: (payload?: z.input<typeof ListThreadsPayload>) => void;
  list_messages: (payload: z.input<typeof ListMessagesPayload>) => void;
  join_thread: (payload: z.input<typeof JoinThreadPayload>) => void;
  usage_info: () => void;
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
  error: (error: ErrorBody) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events yet
export interface InterServerEvents {}

export interface SocketData {
  userId: string;
  anonymous: boolean;
}
