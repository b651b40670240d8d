/** An error as the logs keep it: what it is and where it failed, never what it carried. */
export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  reason?: string;
  statusCode?: number;
  retryable?: boolean;
  /** Host and path of a failed provider call, without its query. */
  url?: string;
  stack?: string;
  cause?: LoggedError;
}

/** Longer messages are cut: a provider may echo the request in its error text. */
const MAX_MESSAGE = 300;
const MAX_DEPTH = 4;

const short = (text: string) =>
  text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}… (${text.length} chars)` : text;

/** A URL without its query string (a GET's query can hold the student's message). */
export const withoutQuery = (url: unknown): unknown =>
  typeof url === 'string' ? url.replace(/[?#].*$/s, (rest) => (rest ? '?…' : '')) : url;

const field = (value: object, key: string): unknown => (value as Record<string, unknown>)[key];

/**
 * The `err` serializer of every logger. Provider errors (the AI SDK's `APICallError`) carry the
 * whole request (`requestBodyValues`: system prompt, the student's message, tool schemas) and the
 * response body; the default serializer copies every enumerable field, so a single failure wrote
 * ~21k characters of prompt to the log. Only named, bounded fields are kept here.
 */
export function logSafeError(error: unknown, depth = 0): LoggedError {
  if (typeof error !== 'object' || error === null) {
    return { type: typeof error, message: short(String(error)) };
  }
  const name = field(error, 'name');
  const message = field(error, 'message');
  const logged: LoggedError = {
    type: typeof name === 'string' ? name : (error.constructor?.name ?? 'Object'),
    message: typeof message === 'string' ? short(message) : '',
  };
  const code = field(error, 'code');
  if (typeof code === 'string' || typeof code === 'number') logged.code = String(code);
  const reason = field(error, 'reason');
  if (typeof reason === 'string') logged.reason = reason;
  const statusCode = field(error, 'statusCode');
  if (typeof statusCode === 'number') logged.statusCode = statusCode;
  const retryable = field(error, 'retryable') ?? field(error, 'isRetryable');
  if (typeof retryable === 'boolean') logged.retryable = retryable;
  const url = withoutQuery(field(error, 'url'));
  if (typeof url === 'string') logged.url = url;
  // Our own errors explain themselves; a stack is for the unexpected.
  const stack = field(error, 'stack');
  if (typeof stack === 'string' && logged.type !== 'AgentError' && logged.type !== 'AppError') {
    logged.stack = stack.split('\n').slice(0, 8).join('\n');
  }
  const cause = field(error, 'cause');
  if (cause !== undefined && cause !== null && depth < MAX_DEPTH) {
    logged.cause = logSafeError(cause, depth + 1);
  }
  return logged;
}
