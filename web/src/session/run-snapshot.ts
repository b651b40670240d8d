import { z } from 'zod';
import { ModelEvent } from '#shared/protocol/index';

/**
 * What a tab keeps (sessionStorage) about the answer it streams, so a reload resumes after
 * `lastEventId` with the text so far: nothing lost, nothing twice. Validated when read back:
 * storage is input like any other.
 */
export const RunSnapshot = z.object({
  version: z.literal(1),
  requestId: z.string().nullable(),
  runId: z.string().nullable(),
  /** Null for a new conversation whose thread the server has not named yet. */
  threadId: z.string().nullable(),
  messageId: z.string().nullable(),
  userMessageId: z.string().nullable(),
  /** The user's message: for re-sending the same request before the run is known. */
  userText: z.string(),
  lastEventId: z.string().nullable(),
  text: z.string(),
  thinkingText: z.string(),
  events: z.array(ModelEvent).readonly(),
  offline: z.boolean(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  tokenCount: z.number(),
  savedAt: z.number(),
});
export type RunSnapshot = z.infer<typeof RunSnapshot>;
