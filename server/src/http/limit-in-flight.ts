import type { RequestHandler } from 'express';
import { identifyRequest } from '../auth/identify.js';
import { AppError } from '../errors/app-error.js';

/**
 * At most `max` requests of one identity in progress at once on these routes (each one is a
 * database query): one client's burst cannot fill the database's queue ahead of everyone else.
 * In-process bookkeeping of live requests, not state: it empties as they finish.
 */
export const limitInFlightPerIdentity = (max: number): RequestHandler => {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const userId = identifyRequest(req);
    const current = inFlight.get(userId) ?? 0;
    if (current >= max)
      throw new AppError('RATE_LIMITED', 'Too many requests at once; wait for the others', {
        retryAfterSeconds: 1,
      });
    inFlight.set(userId, current + 1);
    res.once('close', () => {
      const left = (inFlight.get(userId) ?? 1) - 1;
      if (left <= 0) inFlight.delete(userId);
      else inFlight.set(userId, left);
    });
    next();
  };
};
