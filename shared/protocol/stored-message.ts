import { z } from 'zod';
import { ErrorBody } from './error-code.js';
import { MessageStatus } from './message-status.js';
import { ModelEvent } from './model-event.js';
import { Usage } from './usage.js';

/** A message as listed in history (`messages_list`, `GET /api/threads/:id/messages`). */
export const StoredMessage = z.strictObject({
  id: z.string(),
  thread_id: z.string(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  events: z.array(ModelEvent),
  status: MessageStatus,
  run_id: z.string().nullable(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  usage: Usage.nullable(),
  error: ErrorBody.nullable(),
  created_at: z.string(),
});
export type StoredMessage = z.infer<typeof StoredMessage>;

/** A thread as listed (`threads_list`, `GET /api/threads`). */
export const ThreadSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  message_count: z.number().int().min(0),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;
