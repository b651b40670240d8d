import type { Request } from 'express';
import { AppError } from '../errors/app-error.js';

const UserId = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The identity a request acts as. Until server-issued identities land, the client's `user_id`
 * (query, body or `X-User-Id`) is taken as given and everyone else is `guest`.
 */
export const identifyRequest = (req: Request): string => {
  const body: unknown = req.body;
  const fromBody = typeof body === 'object' && body !== null && 'user_id' in body ? (body as { user_id: unknown }).user_id : undefined;
  const claimed = req.query.user_id ?? fromBody ?? req.get('x-user-id');
  return resolveUserId(claimed);
};

/** The same rule for socket handshakes and payloads. */
export const resolveUserId = (claimed: unknown): string => {
  if (claimed === undefined || claimed === null || claimed === '') return 'guest';
  if (typeof claimed !== 'string' || !UserId.test(claimed)) {
    throw new AppError('INVALID_REQUEST', 'user_id may hold only letters, digits, "-" and "_" (at most 64)');
  }
  return claimed;
};
