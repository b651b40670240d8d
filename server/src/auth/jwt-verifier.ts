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
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return null;
      // Account ids live in their own namespace, so no token can claim a guest's id.
      const safe = /^[A-Za-z0-9_-]{1,60}$/.test(payload.sub)
        ? payload.sub
        : Buffer.from(payload.sub).toString('base64url').slice(0, 60);
      return `u_${safe}`;
    } catch {
      return null;
    }
  };
};
