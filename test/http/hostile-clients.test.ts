import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../server/src/config.js';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket, type ClientSocket } from '../support/socket-client.js';
import { fetchSse } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

/** Clients that push: pages of other sites, a flooding socket, addresses behind a proxy. */
let db: Database;
const servers: RunningServer[] = [];
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const server of servers.splice(0)) await server.close();
});
afterAll(async () => {
  await db.close();
});

const start = async (config: Partial<Record<keyof Config, string>> = {}) => {
  const server = await startTestServer({
    agent: createScriptedAgent(tokens('Fine.')),
    database: db,
    config,
  });
  servers.push(server);
  return server;
};
const track = (socket: ClientSocket) => {
  sockets.push(socket);
  return socket;
};
const threadsOf = async (server: RunningServer, headers: Record<string, string>) =>
  (
    (await (await fetch(`${server.url}/api/threads`, { headers })).json()) as {
      threads: unknown[];
    }
  ).threads.length;

describe('requests from other sites', () => {
  it('should refuse a socket handshake from a page of another origin, with the victim’s cookie', async () => {
    const server = await start({ CORS_ORIGINS: 'https://partner.example' });
    const victim = await createGuest(server.url);
    const cookie = `anatomy_session=${victim.token}`;
    await expect(
      connectSocket(server.url, {}, { origin: 'https://evil.example', cookie }),
    ).rejects.toThrow();
    await expect(connectSocket(server.url, {}, { origin: 'null', cookie })).rejects.toThrow();
    // The app's own origin, an allowed origin, and a client that is no browser page all connect.
    const own = track(await connectSocket(server.url, {}, { origin: server.url, cookie }));
    const partner = track(
      await connectSocket(server.url, {}, { origin: 'https://partner.example', cookie }),
    );
    const plain = track(await connectSocket(server.url, victim.auth));
    expect([own.connected, partner.connected, plain.connected]).toEqual([true, true, true]);
  });

  it('should refuse a cross-site top-level GET that would write a message into the victim’s history', async () => {
    const server = await start();
    const victim = await createGuest(server.url);
    const cookie = `anatomy_session=${victim.token}`;
    const navigate = (headers: Record<string, string>) =>
      fetch(`${server.url}/model/token-stream?message=planted`, {
        headers: { cookie, accept: 'text/html', ...headers },
      });
    const crossSite = await navigate({
      'sec-fetch-site': 'cross-site',
      'sec-fetch-mode': 'navigate',
      referer: 'https://evil.example/page',
    });
    expect(crossSite.status).toBe(403);
    const sameSiteOtherPort = await navigate({ 'sec-fetch-site': 'same-site' });
    expect(sameSiteOtherPort.status).toBe(403);
    const oldBrowser = await navigate({ referer: 'https://evil.example/page' });
    expect(oldBrowser.status).toBe(403);
    const foreignPost = await fetch(`${server.url}/model/token-stream`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: JSON.stringify({ message: 'planted' }),
    });
    expect(foreignPost.status).toBe(403);
    expect(await threadsOf(server, victim.headers)).toBe(0);

    // The app's own EventSource, a typed URL, and the seed's non-browser client are served.
    const own = await fetchSse(`${server.url}/model/token-stream?message=mine`, {
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.text).toContain('event: complete');
    const typed = await fetchSse(`${server.url}/model/token-stream?message=typed`, {
      headers: { cookie, 'sec-fetch-site': 'none' },
    });
    expect(typed.text).toContain('event: complete');
    const seed = await fetchSse(`${server.url}/model/token-stream?message=seed`, {
      headers: victim.headers,
    });
    expect(seed.text).toContain('event: complete');
    expect(await threadsOf(server, victim.headers)).toBe(3);
  });

  it('should refuse a cross-site DELETE and cancel', async () => {
    const server = await start();
    const victim = await createGuest(server.url);
    await fetchSse(`${server.url}/model/token-stream?message=keep&user_id=${victim.userId}`);
    const [thread] = (
      (await (await fetch(`${server.url}/api/threads`, { headers: victim.headers })).json()) as {
        threads: { id: string }[];
      }
    ).threads;
    const res = await fetch(`${server.url}/api/threads/${thread?.id}`, {
      method: 'DELETE',
      headers: { cookie: `anatomy_session=${victim.token}`, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await threadsOf(server, victim.headers)).toBe(1);
  });
});

describe('a flooding socket', () => {
  it('should be refused and disconnected while other users and /healthz stay fast', async () => {
    const server = await start({ SOCKET_EVENTS_PER_SECOND: '20' });
    const flooder = track(await connectSocket(server.url, (await createGuest(server.url)).auth));
    const other = await createGuest(server.url);
    const refusals: string[] = [];
    flooder.on('error', (body) => refusals.push(body.code));
    const disconnected = new Promise<string>((resolve) => flooder.on('disconnect', resolve));
    for (let i = 0; i < 10_000; i += 1) flooder.emit('list_threads', {});

    // Meanwhile another user and the health check are answered without waiting for the flood:
    // at most the flooder's allowance (20/s over 5 s) of its queries runs before them.
    let answeredToFlooder = 0;
    flooder.on('threads_list', () => (answeredToFlooder += 1));
    const [health, threads] = await Promise.all([
      fetch(`${server.url}/healthz`),
      fetch(`${server.url}/api/threads`, { headers: other.headers }),
    ]);
    expect([health.status, threads.status]).toEqual([200, 200]);
    expect(answeredToFlooder).toBeLessThanOrEqual(100);

    expect(await disconnected).toBe('io server disconnect');
    expect(refusals).toContain('RATE_LIMITED');
  });

  it('should serve a socket that stays under its rate', async () => {
    const server = await start({ SOCKET_EVENTS_PER_SECOND: '20' });
    const socket = track(await connectSocket(server.url, (await createGuest(server.url)).auth));
    const acks = await Promise.all(
      Array.from({ length: 30 }, () => socket.timeout(5000).emitWithAck('list_threads', {})),
    );
    expect(acks.every((ack) => (ack as { ok: boolean }).ok)).toBe(true);
    expect(socket.connected).toBe(true);
  });
});

describe('an HTTP client that floods', () => {
  it('should get RATE_LIMITED beyond a few requests at once while another user is served', async () => {
    // Every statement takes 30 ms, so a burst really has many requests in flight at once.
    const slow = new Proxy(db, {
      get(target, key) {
        if (key === 'query')
          return async (sql: string, params?: readonly unknown[]) => {
            await new Promise((resolve) => setTimeout(resolve, 30));
            return target.query(sql, params);
          };
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const server = await startTestServer({
      agent: createScriptedAgent(tokens('Fine.')),
      database: slow,
    });
    servers.push(server);
    const flooder = await createGuest(server.url);
    const other = await createGuest(server.url);
    const flood = Array.from({ length: 400 }, () =>
      fetch(`${server.url}/api/threads`, { headers: flooder.headers }).then((r) => r.status),
    );
    const [mine] = await Promise.all([
      fetch(`${server.url}/api/threads`, { headers: other.headers }).then((r) => r.status),
    ]);
    expect(mine).toBe(200);
    const statuses = await Promise.all(flood);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    // Once the burst is over, the flooder is served again.
    expect((await fetch(`${server.url}/api/threads`, { headers: flooder.headers })).status).toBe(
      200,
    );
  });
});

describe('the client address', () => {
  const startOver = (socket: ClientSocket, message: string) =>
    socket.timeout(5000).emitWithAck('model_start', { message }) as Promise<{
      ok: boolean;
      error?: { code: string };
    }>;

  it('should be the same on HTTP and sockets behind a trusted proxy, so one bucket holds per client', async () => {
    const server = await start({ RATE_LIMIT_IP_PER_MINUTE: '2', TRUST_PROXY: 'loopback' });
    const [a, b, c] = [
      await createGuest(server.url),
      await createGuest(server.url),
      await createGuest(server.url),
    ];
    const viaProxy = { 'x-forwarded-for': '198.51.100.20' };
    const first = await fetchSse(`${server.url}/model/token-stream?message=one`, {
      headers: { ...a.headers, ...viaProxy },
    });
    expect(first.text).toContain('event: complete');
    const socketB = track(await connectSocket(server.url, b.auth, viaProxy));
    expect(await startOver(socketB, 'two')).toMatchObject({ ok: true });
    // Third message from that client address, whichever channel and identity: refused.
    const socketC = track(await connectSocket(server.url, c.auth, viaProxy));
    expect(await startOver(socketC, 'three')).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    // Another client behind the same proxy has its own bucket.
    const elsewhere = track(
      await connectSocket(server.url, c.auth, { 'x-forwarded-for': '198.51.100.21' }),
    );
    expect(await startOver(elsewhere, 'four')).toMatchObject({ ok: true });
  });

  it('should count an IPv6 /64 as one address', async () => {
    const server = await start({ RATE_LIMIT_IP_PER_MINUTE: '2', TRUST_PROXY: 'loopback' });
    const guest = await createGuest(server.url);
    const from = (address: string) =>
      fetchSse(`${server.url}/model/token-stream?message=${address}`, {
        headers: { ...guest.headers, 'x-forwarded-for': address },
      });
    expect((await from('2001:db8:1:2::1')).text).toContain('event: complete');
    expect((await from('2001:db8:1:2:ffff::9')).text).toContain('event: complete');
    expect((await from('2001:db8:1:2::abcd')).text).toContain('"code":"RATE_LIMITED"');
    expect((await from('2001:db8:1:3::1')).text).toContain('event: complete');
  });

  it('should ignore X-Forwarded-For when no proxy is trusted', async () => {
    const server = await start({ RATE_LIMIT_IP_PER_MINUTE: '1', TRUST_PROXY: 'false' });
    const guest = await createGuest(server.url);
    const first = await fetchSse(`${server.url}/model/token-stream?message=one`, {
      headers: { ...guest.headers, 'x-forwarded-for': '192.0.2.1' },
    });
    expect(first.text).toContain('event: complete');
    const socket = track(
      await connectSocket(server.url, guest.auth, { 'x-forwarded-for': '192.0.2.2' }),
    );
    expect(await startOver(socket, 'two')).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });
});
