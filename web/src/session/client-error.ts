import type { ErrorBody } from '#shared/protocol/index';

/** An error the client itself reports on a message (the connection was lost, no answer came). */
export const clientError = (
  code: ErrorBody['code'],
  message: string,
  retryable = true,
): ErrorBody => ({ code, message, retryable });
