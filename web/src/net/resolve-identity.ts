import { SessionResponse } from '#shared/protocol/index';
import { guestId } from './guest-id';

export interface ClientIdentity {
  /** The user id to send as `user_id`; null to let the session cookie speak alone. */
  readonly userId: string | null;
  /** The guest session token, for the socket handshake when cookies do not reach it. */
  readonly token: string | null;
}

/**
 * Who this browser is. The server's `GET /api/session` (which also sets the session cookie) comes
 * first; a server without it gets the seed protocol's random guest id kept in localStorage; an
 * unreachable server leaves the identity to the cookie. Must finish before other requests, so
 * that they all carry the same session cookie.
 */
export const resolveIdentity = async (
  fetchImpl: typeof fetch,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  timeoutMs = 5000,
): Promise<ClientIdentity> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchImpl('/api/session', {
      headers: { accept: 'application/json' },
      signal: controller.signal,
    });
    if (res.status === 404) return { userId: guestId(storage), token: null };
    if (!res.ok) return { userId: null, token: null };
    // A body that is not a session (a proxy's page, an older server) leaves it to the cookie.
    const parsed = SessionResponse.safeParse(await res.json());
    return parsed.success
      ? { userId: parsed.data.userId, token: parsed.data.token }
      : { userId: null, token: null };
  } catch {
    return { userId: null, token: null };
  } finally {
    clearTimeout(timer);
  }
};
