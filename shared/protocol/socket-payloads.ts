import { z } from 'zod';
import { MessageStatus } from './message-status.js';
import { ModelEvent } from './model-event.js';
import { SceneState } from './scene-state.js';
import { StoredMessage, ThreadSummary } from './stored-message.js';
import { StartFields } from './token-stream-request.js';

const ThreadId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'invalid thread id');
const RunId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'invalid run id');
const PageLimit = z.number().int().min(1).max(100).default(20);

// ---- client → server -------------------------------------------------------------------------
// Every payload is an object whose unknown keys are dropped, not refused: the seeds' clients send
// `user_id` and `{ page, limit }` with everything, and a newer client's optional field must not
// break an older server. `user_id`, when given, must be the caller's own id.

const UserIdClaim = { user_id: z.string().max(64).optional() };

/** `model_start`: send a message; starts the run or attaches to the one its EventSource started. */
export const ModelStartPayload = z.object({
  ...StartFields,
  scene: SceneState.optional(),
  /** Also stream the run's log over this socket as `model_stream` (for networks without SSE). */
  stream: z.boolean().optional(),
});
export type ModelStartPayload = z.infer<typeof ModelStartPayload>;

/** `model_cancel`: stop a run, by id or the thread's current one. */
export const ModelCancelPayload = z
  .object({ run_id: RunId.optional(), thread_id: ThreadId.optional(), ...UserIdClaim })
  .refine((p) => p.run_id !== undefined || p.thread_id !== undefined, {
    message: 'give run_id or thread_id',
  });
export type ModelCancelPayload = z.infer<typeof ModelCancelPayload>;

/** `model_regenerate`: replace the thread's last answer with a new run. */
export const ModelRegeneratePayload = z.object({
  thread_id: ThreadId,
  ...UserIdClaim,
  scene: SceneState.optional(),
});
export type ModelRegeneratePayload = z.infer<typeof ModelRegeneratePayload>;

/** `list_threads`. */
export const ListThreadsPayload = z.object({
  page: z.number().int().min(0).max(10_000).default(0),
  limit: PageLimit,
  ...UserIdClaim,
});
export type ListThreadsPayload = z.infer<typeof ListThreadsPayload>;

/**
 * `list_messages`: the newest page first; older pages by cursor (`before`, a message id, as
 * `next_before` gives it) or by number (`page` 1 is the `limit` messages before page 0).
 */
export const ListMessagesPayload = z.object({
  thread_id: ThreadId,
  before: z.string().max(64).optional(),
  page: z.number().int().min(0).max(10_000).optional(),
  limit: PageLimit,
  ...UserIdClaim,
});
export type ListMessagesPayload = z.infer<typeof ListMessagesPayload>;

/**
 * `join_thread`: follow a thread (its model events, and its active run). With `stream: true`
 * the active run's log comes as `model_stream` too, after the event id `after` when given.
 */
export const JoinThreadPayload = z.object({
  thread_id: ThreadId,
  stream: z.boolean().optional(),
  after: z.string().max(140).optional(),
  ...UserIdClaim,
});
export type JoinThreadPayload = z.infer<typeof JoinThreadPayload>;

/** Thread titles: what a person would type, no control characters. */
export const ThreadTitle = z
  .string()
  .trim()
  .min(1, 'title must not be empty')
  .max(120, 'title must be at most 120 characters')
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'title must not contain control or format characters');

/** `rename_thread` (and `PATCH /api/threads/:id` with `{ title }`). */
export const RenameThreadPayload = z.object({
  thread_id: ThreadId,
  title: ThreadTitle,
  ...UserIdClaim,
});
export type RenameThreadPayload = z.infer<typeof RenameThreadPayload>;

/** `delete_thread` (and `DELETE /api/threads/:id`). */
export const DeleteThreadPayload = z.object({ thread_id: ThreadId, ...UserIdClaim });
export type DeleteThreadPayload = z.infer<typeof DeleteThreadPayload>;

// ---- server → client -------------------------------------------------------------------------

/** `message_saved`: the user's message is persisted; sent before any answer streams. */
export const MessageSaved = z.strictObject({
  id: z.string(),
  stored: z.enum(['database', 'failed']),
  thread_id: z.string(),
  run_id: z.string(),
  error: z.string().optional(),
});
export type MessageSaved = z.infer<typeof MessageSaved>;

/** `run_started`: to the thread room, so other tabs can attach to the run's stream. */
export const RunStarted = z.strictObject({
  thread_id: z.string(),
  run_id: z.string(),
  user_message_id: z.string(),
  message_id: z.string(),
  text: z.string(),
  /** The `request_id` the run was started with, so the sending tab knows the run as its own. */
  request_id: z.string().optional(),
});
export type RunStarted = z.infer<typeof RunStarted>;

/** `model_response`: the whole answer at the end, for clients that do not read SSE. */
export const ModelResponse = z.strictObject({
  thread_id: z.string(),
  message_id: z.string(),
  run_id: z.string(),
  response: z.string(),
  events: z.array(ModelEvent),
  status: MessageStatus,
});
export type ModelResponse = z.infer<typeof ModelResponse>;

export const ThreadsList = z.strictObject({
  threads: z.array(ThreadSummary),
  page: z.number().int(),
  limit: z.number().int(),
  has_more: z.boolean(),
});
export type ThreadsList = z.infer<typeof ThreadsList>;

export const MessagesList = z.strictObject({
  thread_id: z.string(),
  messages: z.array(StoredMessage),
  /** Pass as `before` to get older messages; null at the start of the thread. */
  next_before: z.string().nullable(),
});
export type MessagesList = z.infer<typeof MessagesList>;

/** `thread_history`: answer to `join_thread`. */
export const ThreadHistory = z.strictObject({
  thread_id: z.string(),
  messages: z.array(StoredMessage),
  next_before: z.string().nullable(),
  /** The run still generating in this thread, to attach to with `GET /model/runs/:id/stream`. */
  active_run: z.strictObject({ run_id: z.string(), message_id: z.string() }).nullable(),
});
export type ThreadHistory = z.infer<typeof ThreadHistory>;

/**
 * `model_stream`: one entry of a run's log over the socket, for sockets that asked for it; the
 * same ids and messages as the SSE stream (`id` is `<run id>:<index>`).
 */
export const ModelStream = z.object({
  run_id: z.string(),
  id: z.string(),
  event: z.string(),
  data: z.unknown(),
});
export type ModelStream = z.infer<typeof ModelStream>;

/** `thread_updated` / `thread_deleted`: to every tab of the thread's owner. */
export const ThreadUpdated = z.object({ thread_id: z.string(), title: z.string() });
export type ThreadUpdated = z.infer<typeof ThreadUpdated>;
export const ThreadDeleted = z.object({ thread_id: z.string() });
export type ThreadDeleted = z.infer<typeof ThreadDeleted>;

/** `usage_info`: what this identity has used and may still use. */
export const UsageInfo = z.strictObject({
  user_id: z.string(),
  anonymous: z.boolean(),
  messages_used: z.number().int().min(0),
  /** Null when unlimited. */
  messages_limit: z.number().int().min(0).nullable(),
});
export type UsageInfo = z.infer<typeof UsageInfo>;
