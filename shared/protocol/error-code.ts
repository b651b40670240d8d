import { z } from 'zod';

/**
 * Every error the server sends carries one of these codes. `cancelled` is lower case because the
 * clients already match on it; the rest are upper snake case.
 */
export const ErrorCode = z.enum([
  'INVALID_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'THREAD_NOT_FOUND',
  'RUN_NOT_FOUND',
  'MESSAGE_NOT_FOUND',
  'QUESTION_NOT_FOUND',
  'QUESTION_CLOSED',
  'RUN_ENDED',
  'CONFLICT',
  'RATE_LIMITED',
  'ANON_LIMIT_REACHED',
  'TOO_MANY_RUNS',
  'SLOW_CLIENT',
  'IDLE_TIMEOUT',
  'AGENT_FAILED',
  'AGENT_TIMEOUT',
  'STORE_FAILED',
  'INTERRUPTED',
  'INTERNAL',
  'cancelled',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The body of every error: SSE `error`, socket `error`, HTTP error responses. */
export const ErrorBody = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  retryable: z.boolean(),
  /** For validation errors: where in the input, and what is wrong there. */
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  /** The socket event or HTTP route this answers. */
  request: z.string().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
