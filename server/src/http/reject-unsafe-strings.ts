import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';
import { findUnsafeString } from '../errors/find-unsafe-string.js';

/** A NUL or a lone surrogate anywhere in the query or body is the client's error: 400, never 500. */
export const rejectUnsafeStrings: RequestHandler = (req, _res, next) => {
  for (const [where, value] of [
    ['query', req.query],
    ['body', req.body as unknown],
  ] as const) {
    const path = findUnsafeString(value);
    if (path !== null)
      throw new AppError(
        'INVALID_REQUEST',
        `Invalid ${where}: ${path} contains a NUL character or an unpaired surrogate`,
        { issues: [{ path, message: 'contains a NUL character or an unpaired surrogate' }] },
      );
  }
  next();
};
