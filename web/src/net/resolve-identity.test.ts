import { describe, expect, it } from 'vitest';
import { resolveIdentity } from './resolve-identity';

const storage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};
const answering =
  (status: number, body: unknown): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('resolveIdentity', () => {
  it('should take the server session, ignoring keys it does not know', async () => {
    const identity = await resolveIdentity(
      answering(200, { userId: 'guest-1', anonymous: true, token: 't.1', extra: 1 }),
      storage(),
    );
    expect(identity).toEqual({ userId: 'guest-1', token: 't.1' });
  });

  it('should leave a malformed session body to the cookie', async () => {
    for (const body of [{ userId: 42, token: 't' }, { token: 't' }, 'hello', null]) {
      expect(await resolveIdentity(answering(200, body), storage())).toEqual({
        userId: null,
        token: null,
      });
    }
  });

  it('should keep a guest id of its own when the server has no session route', async () => {
    const store = storage();
    const first = await resolveIdentity(answering(404, {}), store);
    const second = await resolveIdentity(answering(404, {}), store);
    expect(first.userId).toMatch(/\S+/);
    expect(second.userId).toBe(first.userId);
    expect(first.token).toBeNull();
  });

  it('should leave an unreachable server to the cookie', async () => {
    const failing: typeof fetch = () => Promise.reject(new Error('offline'));
    expect(await resolveIdentity(failing, storage())).toEqual({ userId: null, token: null });
  });
});
