import { z } from 'zod';
import { SceneState } from './scene-state.js';

export const MAX_MESSAGE_CHARS = 4000;

export const MessageText = z
  .string({ error: 'message is required' })
  .trim()
  .min(1, 'message must not be empty')
  .max(MAX_MESSAGE_CHARS, `message must be at most ${MAX_MESSAGE_CHARS} characters`);

const OptionalId = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, 'ids may hold only letters, digits, "-" and "_"')
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** Fields shared by `model_start` and the token-stream request (GET query or POST body). */
export const StartFields = {
  message: MessageText,
  thread_id: OptionalId,
  user_id: OptionalId,
  /**
   * Optional idempotency key: requests with the same key join one run. Without it, a request
   * pairs with a run for the same thread and text that the other channel started moments ago.
   */
  request_id: OptionalId,
};

/**
 * `GET /model/token-stream` query: strings only; `scene` is JSON text. Unknown parameters (cache
 * busters) are ignored rather than refused.
 */
export const TokenStreamQuery = z.object({
  ...StartFields,
  scene: z
    .string()
    .max(20_000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return undefined;
      try {
        return SceneState.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'scene must be JSON matching SceneState' });
        return z.NEVER;
      }
    }),
});
export type TokenStreamQuery = z.infer<typeof TokenStreamQuery>;

/** `POST /model/token-stream` body; unknown keys are dropped. */
export const TokenStreamBody = z.object({ ...StartFields, scene: SceneState.optional() });
export type TokenStreamBody = z.infer<typeof TokenStreamBody>;
