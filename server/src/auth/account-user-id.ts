import { createHash } from 'node:crypto';

/**
 * The user id of an account: a SHA-256 of the token's issuer and subject. Injective in practice
 * over every `(iss, sub)` pair (no cutting, no escaping that two subjects could share), so two
 * accounts never merge, and it lives in the `u_` namespace, apart from guests' `g_` ids.
 */
export const accountUserId = (issuer: string | undefined, subject: string): string =>
  `u_${createHash('sha256')
    .update(JSON.stringify([issuer ?? null, subject]))
    .digest('base64url')}`;
