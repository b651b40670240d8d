import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'gs1';

/** A new unguessable guest id. */
export const newGuestId = (): string => `g_${randomBytes(16).toString('base64url')}`;

const sign = (secret: string, userId: string) =>
  createHmac('sha256', secret).update(`${PREFIX}.${userId}`).digest('base64url');

/** `gs1.<guest id>.<HMAC>`: the guest session, as cookie value or bearer/auth token. */
export const createSessionToken = (secret: string, userId: string): string =>
  `${PREFIX}.${userId}.${sign(secret, userId)}`;

/** The guest id a token was issued for, or null for anything forged, altered or malformed. */
export const verifySessionToken = (
  secret: string,
  token: string | undefined | null,
): string | null => {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, userId, signature] = parts as [string, string, string];
  if (!/^g_[A-Za-z0-9_-]{16,40}$/.test(userId)) return null;
  const expected = Buffer.from(sign(secret, userId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
};

export const isSessionToken = (token: string): boolean => token.startsWith(`${PREFIX}.`);
