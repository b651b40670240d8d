import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';
import { assertOwnClaim } from './assert-own-claim.js';
import type { Authenticator } from './authenticator.js';
import type { Identity } from './identity.js';

const identities = new WeakMap<Request, Identity>();

/** The `user_id` a client claims (query, JSON body or `X-User-Id`), as the seed clients send it. */
const claimedUserId = (req: Request): unknown => {
  const body: unknown = req.body;
  const fromBody =
    typeof body === 'object' && body !== null && 'user_id' in body
      ? (body as { user_id: unknown }).user_id
      : undefined;
  return req.query.user_id ?? fromBody ?? req.get('x-user-id');
};

/**
 * Resolves every request's identity: a bearer token, else the guest cookie, else a new guest
 * session (its cookie set on this response, so even an EventSource-only client gets one). A
 * claimed `user_id` must be that identity.
 */
export const identifyRequests =
  (auth: Authenticator): RequestHandler =>
  async (req, res, next) => {
    let identity = await auth.authenticate({
      authorization: req.get('authorization'),
      cookieHeader: req.get('cookie'),
    });
    if (!identity) {
      const guest = auth.issueGuest();
      res.append('Set-Cookie', guest.setCookie);
      identity = guest.identity;
    }
    identities.set(req, identity);
    assertOwnClaim(claimedUserId(req), identity.userId);
    next();
  };

/** The identity `identifyRequests` resolved for this request. */
export const requestIdentity = (req: Request): Identity => {
  const identity = identities.get(req);
  if (!identity) throw new AppError('UNAUTHENTICATED', 'No identity for this request');
  return identity;
};

/** The user id this request acts as. */
export const identifyRequest = (req: Request): string => requestIdentity(req).userId;
