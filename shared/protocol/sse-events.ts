import { z } from 'zod';
import { ErrorBody } from './error-code.js';
import { MessageStatus } from './message-status.js';
import { ModelEvent } from './model-event.js';
import { Usage } from './usage.js';

/** SSE `metadata`: first message of every stream. */
export const MetadataEvent = z.strictObject({
  thread_id: z.string(),
  run_id: z.string(),
  user_message_id: z.string(),
  message_id: z.string(),
  provider: z.string(),
  model: z.string(),
  /** True for the built-in offline guide: the UI labels it as such, not as an AI. */
  offline: z.boolean(),
  protocol_version: z.string(),
});
export type MetadataEvent = z.infer<typeof MetadataEvent>;

/** SSE `thinking`: the agent works; `content` is reasoning text where the provider streams it. */
export const ThinkingEvent = z.strictObject({ content: z.string() });
export type ThinkingEvent = z.infer<typeof ThinkingEvent>;

/** SSE `token`: the next piece of the answer. */
export const TokenEvent = z.strictObject({ content: z.string() });
export type TokenEvent = z.infer<typeof TokenEvent>;

/** SSE `complete`: the whole answer once generation finished (not sent on cancel or failure). */
export const CompleteEvent = z.strictObject({
  response: z.string(),
  events: z.array(ModelEvent),
  usage: Usage.nullable(),
  message_id: z.string(),
  thread_id: z.string(),
});
export type CompleteEvent = z.infer<typeof CompleteEvent>;

/** SSE `done`: the last message of every stream; the client stops reconnecting. */
export const DoneEvent = z.strictObject({ run_id: z.string().nullable(), status: MessageStatus });
export type DoneEvent = z.infer<typeof DoneEvent>;

export const StreamErrorEvent = ErrorBody;
export type StreamErrorEvent = ErrorBody;

/** Every named SSE event of the token stream and its data. */
export const sseEventSchemas = {
  metadata: MetadataEvent,
  thinking: ThinkingEvent,
  token: TokenEvent,
  event: ModelEvent,
  complete: CompleteEvent,
  done: DoneEvent,
  error: StreamErrorEvent,
} as const;
export type SseEventName = keyof typeof sseEventSchemas;
export type SseEventData<K extends SseEventName> = z.infer<(typeof sseEventSchemas)[K]>;

/** One stream message, as the run log holds it. */
export type SseMessage = { [K in SseEventName]: { event: K; data: SseEventData<K> } }[SseEventName];
