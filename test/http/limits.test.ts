import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { Config } from '../../server/src/config.js';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest, createGuests } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket, nextEvent } from '../support/socket-client.js';
import { fetchSse, openEventStream } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
const servers: RunningServer[] = [];
const agent = createScriptedAgent((input) =>
  input.message.startsWith('hang') ? [...tokens('Hmm '), { hang: true }] : tokens('Fine.'),
);

beforeAll(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});
afterAll(async () => {
  await db.close();
});

const start = async (config: Partial<Record<keyof Config, string>>) => {
  const server = await startTestServer({ agent, database: db, config });
  servers.push(server);
  return server;
};
const send = (server: RunningServer, userId: string, message: string) =>
  fetchSse(`${server.url}/model/token-stream?${new URLSearchParams({ message, user_id: userId })}`);

describe('rate limits on new messages', () => {
  it('should refuse the identity over its rate, on every channel, and count a hybrid send once', async () => {
    const server = await start({ RATE_LIMIT_PER_MINUTE: '2' });
    const user = await createGuest(server.url);
    const socket = await connectSocket(server.url, user.auth);
    // The seed's hybrid flow: model_start and the EventSource for one message are one run.
    await socket
      .timeout(3000)
      .emitWithAck('model_start', { message: 'one', request_id: 'req-limit-1' });
    await openEventStream(
      `${server.url}/model/token-stream?message=one&request_id=req-limit-1&user_id=${user.userId}`,
    ).finished;
    expect((await send(server, user.userId, 'two')).text).toContain('event: complete');

    const refusedSse = await send(server, user.userId, 'three');
    expect(refusedSse.text).toContain('"code":"RATE_LIMITED"');
    expect(refusedSse.text).toContain('event: done');
    const refusedPost = await fetch(`${server.url}/model/token-stream`, {
      method: 'POST',
      headers: { ...user.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'three' }),
    });
    expect(refusedPost.status).toBe(429);
    expect(Number(refusedPost.headers.get('retry-after'))).toBeGreaterThan(0);
    const ack = await socket.timeout(3000).emitWithAck('model_start', { message: 'three' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryable: true } });

    // Someone else is not affected.
    const other = await createGuest(server.url);
    expect((await send(server, other.userId, 'hello')).text).toContain('event: complete');
    socket.disconnect();
  });

  it('should refuse an address over its rate whoever sends', async () => {
    const server = await start({ RATE_LIMIT_IP_PER_MINUTE: '2' });
    const u = await createGuests(server.url, ['a', 'b', 'c']);
    expect((await send(server, u.a.userId, 'hi')).text).toContain('event: complete');
    expect((await send(server, u.b.userId, 'hi')).text).toContain('event: complete');
    expect((await send(server, u.c.userId, 'hi')).text).toContain('"code":"RATE_LIMITED"');
  });
});

describe('the anonymous quota', () => {
  it('should stop a guest at the daily limit with ANON_LIMIT_REACHED, report usage, and not limit accounts', async () => {
    const server = await start({
      ANON_DAILY_MESSAGE_LIMIT: '2',
      AUTH_JWT_SECRET: 'a-jwt-secret-for-the-quota-test',
    });
    const guest = await createGuest(server.url);
    await send(server, guest.userId, 'first');
    await send(server, guest.userId, 'second');
    const third = await send(server, guest.userId, 'third');
    expect(third.text).toContain('"code":"ANON_LIMIT_REACHED"');

    const socket = await connectSocket(server.url, guest.auth);
    const usage = nextEvent(socket, 'usage_info');
    socket.emit('usage_info');
    expect(await usage).toEqual({
      user_id: guest.userId,
      anonymous: true,
      messages_used: 2,
      messages_limit: 2,
    });
    socket.disconnect();

    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('member')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-jwt-secret-for-the-quota-test'));
    for (const message of ['a', 'b', 'c']) {
      const res = await fetchSse(`${server.url}/model/token-stream?message=${message}`, {
        headers: { authorization: `Bearer ${jwt}` },
      });
      expect(res.text).toContain('event: complete');
    }
  });
});

describe('concurrent runs', () => {
  it('should refuse a new run while the identity has the maximum generating', async () => {
    const server = await start({ MAX_CONCURRENT_RUNS: '1' });
    const user = await createGuest(server.url);
    const first = openEventStream(
      `${server.url}/model/token-stream?message=hang+on&user_id=${user.userId}`,
      { stopWhen: (e) => e.event === 'token' },
    );
    const runId = MetadataEvent.parse((await first.finished)[0]?.data).run_id;
    expect((await send(server, user.userId, 'another')).text).toContain('"code":"TOO_MANY_RUNS"');
    await fetch(`${server.url}/model/runs/${runId}/cancel`, {
      method: 'POST',
      headers: user.headers,
    });
    expect((await send(server, user.userId, 'another')).text).toContain('event: complete');
  });
});

describe('a silent agent', () => {
  it('should end the run with AGENT_TIMEOUT, keep the partial answer, and mark it failed', async () => {
    const server = await start({ RUN_IDLE_TIMEOUT_MS: '300' });
    const user = await createGuest(server.url);
    const events = await openEventStream(
      `${server.url}/model/token-stream?message=hang+forever&user_id=${user.userId}`,
    ).finished;
    expect(events.slice(-2).map((e) => e.event)).toEqual(['error', 'done']);
    expect(events.at(-2)?.data).toEqual({
      code: 'AGENT_TIMEOUT',
      retryable: true,
      message: 'The model sent nothing for 300 ms, so the answer was stopped. Try again.',
    });
    expect(events.at(-1)?.data).toMatchObject({ status: 'failed' });
    const threadId = MetadataEvent.parse(events[0]?.data).thread_id;
    const stored = (await (
      await fetch(`${server.url}/api/threads/${threadId}/messages`, { headers: user.headers })
    ).json()) as { messages: { text: string; status: string }[] };
    expect(stored.messages.at(-1)).toMatchObject({ text: 'Hmm ', status: 'failed' });
  });
});

describe('security headers', () => {
  it('should send a CSP the app runs under, and CORS only to allowed origins', async () => {
    const server = await start({ CORS_ORIGINS: 'https://tutor.example' });
    const res = await fetch(`${server.url}/healthz`, {
      headers: { origin: 'https://tutor.example' },
    });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain('worker-src');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://tutor.example');
    const foreign = await fetch(`${server.url}/healthz`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
