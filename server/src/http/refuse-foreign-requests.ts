import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';
import type { SitePolicy } from './cross-site.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses requests that change state when a page of another site made them (CSRF): every
 * non-read method, and the token stream's GET, which writes the message it carries.
 */
export const refuseForeignRequests =
  (policy: SitePolicy): RequestHandler =>
  (req, _res, next) => {
    const changesState = !READ_METHODS.has(req.method) || req.path === '/model/token-stream';
    if (changesState && policy.isForeign(req.headers))
      throw new AppError('FORBIDDEN', 'Requests from other sites are not allowed here');
    next();
  };
