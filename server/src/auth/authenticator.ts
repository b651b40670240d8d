import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { AppError } from '../errors/app-error.js';
import type { Identity } from './identity.js';
import {
  createSessionToken,
  isSessionToken,
  newGuestId,
  verifySessionToken,
} from './session-token.js';

export const SESSION_COOKIE = 'anatomy_session';

export type AuthenticatorOptions = {
  sessionSecret: string;
  /** Verifies an account user's JWT; null when accounts are not configured. */
  verifyJwt: ((token: string) => Promise<string | null>) | null;
  /** Mark the cookie Secure (behind HTTPS). */
  secureCookies: boolean;
};

export type Credentials = {
  authorization?: string | undefined;
  cookieHeader?: string | undefined;
  token?: string | undefined;
};

/**
 * Turns credentials into an identity: a bearer/auth token (a JWT, or a guest session token) or
 * the guest session cookie. Presented-but-invalid tokens are refused; a bad cookie is ignored
 * (the caller issues a new guest session).
 */
export const createAuthenticator = (options: AuthenticatorOptions) => {
  const fromToken = async (token: string): Promise<Identity> => {
    if (isSessionToken(token)) {
      const userId = verifySessionToken(options.sessionSecret, token);
      if (userId) return { userId, anonymous: true };
    } else if (options.verifyJwt) {
      const userId = await options.verifyJwt(token);
      if (userId) return { userId, anonymous: false };
    }
    throw new AppError('UNAUTHENTICATED', 'The access token is invalid or expired');
  };

  return {
    async authenticate(credentials: Credentials): Promise<Identity | null> {
      const bearer = /^Bearer\s+(.+)$/i.exec(credentials.authorization ?? '')?.[1]?.trim();
      const token = bearer ?? credentials.token;
      if (token) return fromToken(token);
      const cookie = credentials.cookieHeader
        ? parseCookies(credentials.cookieHeader)[SESSION_COOKIE]
        : undefined;
      const guest = verifySessionToken(options.sessionSecret, cookie);
      return guest ? { userId: guest, anonymous: true } : null;
    },

    /** True when the cookie header carries a guest session this server signed. */
    hasValidSessionCookie(cookieHeader: string | undefined): boolean {
      const cookie = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
      return verifySessionToken(options.sessionSecret, cookie) !== null;
    },

    /** A new guest: its identity, its token, and the Set-Cookie header value that carries it. */
    issueGuest(): { identity: Identity; token: string; setCookie: string } {
      const userId = newGuestId();
      const token = createSessionToken(options.sessionSecret, userId);
      const setCookie = serializeCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
      });
      return { identity: { userId, anonymous: true }, token, setCookie };
    },

    /** The session token of a guest identity (for `GET /api/session`). */
    tokenFor(identity: Identity): string | null {
      return identity.anonymous ? createSessionToken(options.sessionSecret, identity.userId) : null;
    },
  };
};
export type Authenticator = ReturnType<typeof createAuthenticator>;
