import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuests, type Guest } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket, type ClientSocket, emitUntyped } from '../support/socket-client.js';
import { fetchSse, openEventStream } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

const jwtSecret = 'a-jwt-secret-for-the-account-tests';
let db: Database;
let server: RunningServer;
let u: Record<'owner' | 'other', Guest>;
let threadId = '';
let runId = '';

beforeAll(async () => {
  db = await openTestDatabase();
  const agent = createScriptedAgent((input) =>
    input.message === 'long' ? [...tokens('Still going '), { hang: true }] : tokens('Answer.'),
  );
  server = await startTestServer({ agent, database: db, config: { AUTH_JWT_SECRET: jwtSecret } });
  u = await createGuests(server.url, ['owner', 'other']);
  const events = await openEventStream(
    `${server.url}/model/token-stream?message=mine&user_id=${u.owner.userId}`,
  ).finished;
  threadId = MetadataEvent.parse(events[0]?.data).thread_id;
  const live = openEventStream(
    `${server.url}/model/token-stream?${new URLSearchParams({ message: 'long', user_id: u.owner.userId, thread_id: threadId })}`,
    {
      stopWhen: (e) => e.event === 'token',
    },
  );
  runId = MetadataEvent.parse((await live.finished)[0]?.data).run_id;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const errorCode = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;

describe('GET /api/session', () => {
  it('should issue a guest identity in a signed, httpOnly, SameSite cookie that authenticates later requests', async () => {
    const res = await fetch(`${server.url}/api/session`);
    const body = (await res.json()) as { userId: string; anonymous: boolean; token: string };
    expect(body.userId).toMatch(/^g_[A-Za-z0-9_-]{20,}$/);
    expect(body.anonymous).toBe(true);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/anatomy_session=gs1\./);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const again = (await (
      await fetch(`${server.url}/api/session`, {
        headers: { cookie: cookie.split(';')[0] as string },
      })
    ).json()) as { userId: string };
    expect(again.userId).toBe(body.userId);
  });

  it('should give two cookieless visitors two different identities', async () => {
    const a = (await (await fetch(`${server.url}/api/session`)).json()) as { userId: string };
    const b = (await (await fetch(`${server.url}/api/session`)).json()) as { userId: string };
    expect(a.userId).not.toBe(b.userId);
  });

  it('should refuse a tampered token with 401', async () => {
    const forged = u.other.token.replace(
      /\.[^.]+$/,
      '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    const res = await fetch(`${server.url}/api/threads`, {
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('UNAUTHENTICATED');
    const swapped = u.other.token.replace(u.other.userId, u.owner.userId);
    expect(
      (
        await fetch(`${server.url}/api/threads`, {
          headers: { authorization: `Bearer ${swapped}` },
        })
      ).status,
    ).toBe(401);
  });

  it('should accept an account JWT and keep account ids apart from guest ids', async () => {
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice@example')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(jwtSecret));
    const body = (await (
      await fetch(`${server.url}/api/session`, { headers: { authorization: `Bearer ${jwt}` } })
    ).json()) as { userId: string; anonymous: boolean; token: string | null };
    expect(body).toEqual({
      userId: expect.stringMatching(/^u_/) as string,
      anonymous: false,
      token: null,
    });
    const wrongKey = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .sign(new TextEncoder().encode('another-secret-entirely-1234'));
    expect(
      (
        await fetch(`${server.url}/api/session`, {
          headers: { authorization: `Bearer ${wrongKey}` },
        })
      ).status,
    ).toBe(401);
  });
});

describe('a forged user_id', () => {
  it('should get 403 on HTTP and nothing of the other user’s thread', async () => {
    const res = await fetch(`${server.url}/api/threads?user_id=${u.owner.userId}`, {
      headers: u.other.headers,
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('FORBIDDEN');
  });

  it('should end an EventSource with error FORBIDDEN then done', async () => {
    const { res, text } = await fetchSse(
      `${server.url}/model/token-stream?message=hi&user_id=${u.owner.userId}&thread_id=${threadId}`,
      { headers: u.other.headers },
    );
    expect(res.status).toBe(200);
    expect(text).toContain('event: error');
    expect(text).toContain('"code":"FORBIDDEN"');
    expect(text).toContain('event: done');
    expect(text).not.toContain('Answer.');
  });

  it('should refuse a socket that claims another user', async () => {
    await expect(
      connectSocket(server.url, { ...u.other.auth, user_id: u.owner.userId }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(connectSocket(server.url, { token: 'gs1.g_nope.nope' })).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('cross-user attempts', () => {
  it('should answer every HTTP route on another user’s thread or run as if it did not exist', async () => {
    const as = u.other.headers;
    const attempts: [string, string, number][] = [
      ['GET', `/api/threads/${threadId}/messages`, 404],
      ['DELETE', `/api/threads/${threadId}`, 404],
      ['POST', `/model/runs/${runId}/cancel`, 404],
    ];
    for (const [method, path, status] of attempts) {
      const res = await fetch(`${server.url}${path}`, { method, headers: as });
      expect(res.status, `${method} ${path}`).toBe(status);
    }
    const listed = (await (await fetch(`${server.url}/api/threads`, { headers: as })).json()) as {
      threads: unknown[];
    };
    expect(listed.threads).toEqual([]);

    const streams = [
      fetchSse(`${server.url}/model/runs/${runId}/stream`, { headers: as }),
      fetchSse(`${server.url}/model/runs/${runId}/stream?after=${runId}:1`, { headers: as }),
      fetchSse(`${server.url}/model/token-stream?message=x`, {
        headers: { ...as, 'last-event-id': `${runId}:1` },
      }),
      fetchSse(`${server.url}/model/token-stream?message=x&thread_id=${threadId}`, { headers: as }),
      fetchSse(`${server.url}/model/regenerate`, {
        method: 'POST',
        headers: { ...as, 'content-type': 'application/json' },
        body: JSON.stringify({ thread_id: threadId }),
      }),
    ];
    for (const { text } of await Promise.all(streams)) {
      expect(text).toMatch(/"code":"(RUN_NOT_FOUND|THREAD_NOT_FOUND)"/);
      expect(text).not.toContain('Still going');
      expect(text).not.toContain('Answer.');
    }
    // The owner's run is untouched by all of that.
    const owner = await fetch(`${server.url}/api/threads/${threadId}/messages`, {
      headers: u.owner.headers,
    });
    expect(
      ((await owner.json()) as { active_run: { run_id: string } | null }).active_run?.run_id,
    ).toBe(runId);
  });

  it('should answer every socket event on another user’s thread or run with an error', async () => {
    const socket: ClientSocket = await connectSocket(server.url, u.other.auth);
    const attempts = [
      ['model_start', { message: 'hi', thread_id: threadId }],
      ['model_cancel', { run_id: runId }],
      ['model_cancel', { thread_id: threadId }],
      ['model_regenerate', { thread_id: threadId }],
      ['list_messages', { thread_id: threadId }],
      ['join_thread', { thread_id: threadId }],
    ] as const;
    const leaked: unknown[] = [];
    socket.on('model_event', (e) => leaked.push(e));
    socket.on('thread_history', (e) => leaked.push(e));
    socket.on('messages_list', (e) => leaked.push(e));
    for (const [event, payload] of attempts) {
      const ack = await emitUntyped(socket, event, payload);
      expect(ack, event).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/^(THREAD|RUN)_NOT_FOUND$/) as string },
      });
    }
    expect(leaked).toEqual([]);
    socket.disconnect();
  });
});

describe('account identities', () => {
  const sign = (subject: string, options: { issuer?: string; expires?: boolean } = {}) => {
    let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(subject);
    if (options.issuer) jwt = jwt.setIssuer(options.issuer);
    if (options.expires !== false) jwt = jwt.setExpirationTime('5m');
    return jwt.sign(new TextEncoder().encode(jwtSecret));
  };
  const sessionOf = async (jwt: string) =>
    (await (
      await fetch(`${server.url}/api/session`, { headers: { authorization: `Bearer ${jwt}` } })
    ).json()) as { userId: string };

  it('should never merge two accounts, whatever their subjects look like', async () => {
    const prefix = `https://idp.example/users/${'x'.repeat(60)}`;
    const pairs: [string, string][] = [
      ['a.b', 'YS5i'], // "YS5i" is "a.b" base64url-encoded
      [`${prefix}01`, `${prefix}02`], // URL subjects sharing their first 80+ bytes
      ['alice', 'Alice'],
      ['bob', 'bob '],
      ['ünïcode', 'unicode'],
    ];
    for (const [first, second] of pairs) {
      const a = await sign(first);
      const b = await sign(second);
      const idA = (await sessionOf(a)).userId;
      const idB = (await sessionOf(b)).userId;
      expect(idA, `${first} / ${second}`).not.toBe(idB);
      expect(idA).toMatch(/^u_[A-Za-z0-9_-]+$/);
      // And one cannot read what the other wrote.
      const events = await openEventStream(`${server.url}/model/token-stream?message=private`, {
        headers: { authorization: `Bearer ${a}` },
      }).finished;
      const ownThread = MetadataEvent.parse(events[0]?.data).thread_id;
      const peek = await fetch(`${server.url}/api/threads/${ownThread}/messages`, {
        headers: { authorization: `Bearer ${b}` },
      });
      expect(peek.status).toBe(404);
    }
  });

  it('should refuse an account token that never expires', async () => {
    const res = await fetch(`${server.url}/api/threads`, {
      headers: { authorization: `Bearer ${await sign('carol', { expires: false })}` },
    });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
