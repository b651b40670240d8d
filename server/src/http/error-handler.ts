import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, toErrorBody } from '../errors/app-error.js';
import { formatSseFailure } from '../channels/sse-stream.js';
import { sseHeaders } from '../channels/sse-headers.js';
import { createLogger } from '../logger.js';

const log = createLogger('http');

type HttpError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

/** Body-parser and other framework errors carry a status; map them onto our codes. */
const fromFrameworkError = (error: HttpError): AppError | null => {
  const status = error.status ?? error.statusCode;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
  if (error.type === 'entity.parse.failed')
    return new AppError('INVALID_REQUEST', 'The request body is not valid JSON');
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('INVALID_REQUEST', error.expose ? error.message : 'Bad request');
  }
  return null;
};

/** The last middleware: every error becomes `{ error: ErrorBody }` with its status; no stacks. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = AppError.isInstance(error) ? error : fromFrameworkError(error as HttpError);
  if (!appError) log.error({ err: error, url: req.originalUrl }, 'unhandled error');
  const body = toErrorBody(appError ?? error, `${req.method} ${req.baseUrl}${req.path}`);
  if (res.headersSent) {
    res.end();
    return;
  }
  // EventSource gets no detail from a non-200 answer and retries forever: tell it in the stream.
  if ((req.get('accept') ?? '').includes('text/event-stream')) {
    res.status(200).set(sseHeaders).end(formatSseFailure(body));
    return;
  }
  if (appError?.retryAfterSeconds) res.set('Retry-After', String(appError.retryAfterSeconds));
  res.status(appError?.status ?? 500).json({ error: body });
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};
