import { accountUserId } from './account-user-id.js';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

export type JwtOptions = {
  secret?: string | undefined;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
};

/**
 * Verifies account users' bearer tokens (HS256 secret or a JWKS URL), for deployments with
 * accounts. Null when neither is configured: then only guest sessions exist.
 */
export const createJwtVerifier = (
  options: JwtOptions,
): ((token: string) => Promise<string | null>) | null => {
  const key: Uint8Array | JWTVerifyGetKey | null = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : options.secret
      ? new TextEncoder().encode(options.secret)
      : null;
  if (!key) return null;
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
        // A token without an expiry would be valid forever.
        requiredClaims: ['exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return null;
      return accountUserId(payload.iss, payload.sub);
    } catch {
      return null;
    }
  };
};
