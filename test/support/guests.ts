export type Guest = {
  userId: string;
  token: string;
  headers: Record<string, string>;
  auth: { token: string };
};

/** userId → token of every guest made in this test process. */
const tokens = new Map<string, string>();

/** A real guest session from `GET /api/session`, as a browser gets one. */
export const createGuest = async (serverUrl: string): Promise<Guest> => {
  const res = await fetch(`${serverUrl}/api/session`);
  const body = (await res.json()) as { userId: string; token: string };
  tokens.set(body.userId, body.token);
  return {
    userId: body.userId,
    token: body.token,
    headers: { authorization: `Bearer ${body.token}` },
    auth: { token: body.token },
  };
};

/** Guests by name for a test file: `const u = await createGuests(url, ['alice', 'bob'])`. */
export const createGuests = async <N extends string>(
  serverUrl: string,
  names: readonly N[],
): Promise<Record<N, Guest>> => {
  const entries = await Promise.all(
    names.map(async (name) => [name, await createGuest(serverUrl)] as const),
  );
  return Object.fromEntries(entries) as Record<N, Guest>;
};

/**
 * The credentials of the guest a request names in its `user_id` (query or JSON body), so a test
 * request carries that guest's session as its browser would; none when it names no known guest.
 */
export const credentialsFor = (url: string, body?: string): Record<string, string> => {
  let userId = new URL(url).searchParams.get('user_id');
  if (!userId && body) {
    try {
      userId = (JSON.parse(body) as { user_id?: string }).user_id ?? null;
    } catch {
      userId = null;
    }
  }
  const token = userId ? tokens.get(userId) : undefined;
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** fetch acting as the guest named in the request's `user_id`. */
export const fetchAs = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    headers: {
      ...credentialsFor(url, typeof init.body === 'string' ? init.body : undefined),
      ...((init.headers as Record<string, string>) ?? {}),
    },
  });
