import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '#shared/protocol/index';
import type { ClientToServerEvents } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket, type ClientSocket, emitUntyped } from '../support/socket-client.js';
import { createGuests, fetchAs, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let u: Record<'fuzz', Guest>;
let socket: ClientSocket;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({ agent: createScriptedAgent(tokens('ok')), database: db });
  u = await createGuests(server.url, ['fuzz']);
  socket = await connectSocket(server.url, u.fuzz.auth);
});
afterAll(async () => {
  socket.disconnect();
  await server.close();
  await db.close();
});

const healthy = async () => (await fetchAs(`${server.url}/healthz`)).status === 200;

/** Parses SSE text into its named events. */
const sseEvents = (text: string) =>
  text
    .split('\n\n')
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1],
      data: block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n'),
    }))
    .filter((e) => e.event);

const junk = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    '%00',
    'x'.repeat(5000),
    '<img src=x onerror=alert(1)>',
    '{"a":',
    '[]',
    'null',
    '-1',
    '1e309',
  ),
);
const queryParams = fc.dictionary(
  fc.constantFrom(
    'message',
    'thread_id',
    'user_id',
    'request_id',
    'scene',
    'page',
    'limit',
    'before',
    'after',
    'junk',
  ),
  junk,
  { maxKeys: 5 },
);

describe('malformed HTTP input', () => {
  it('should answer every token-stream query with a stream that ends in done, or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(queryParams, async (params) => {
        const url = `${server.url}/model/token-stream?${new URLSearchParams(params)}`;
        const res = await fetchAs(url, { headers: { accept: 'text/event-stream' } });
        const events = sseEvents(await res.text());
        expect(res.status).toBe(200);
        expect(events.at(-1)?.event).toBe('done');
        const error = events.find((e) => e.event === 'error');
        if (error) ErrorBody.parse(JSON.parse(error.data));
      }),
      { numRuns: 60 },
    );
    expect(await healthy()).toBe(true);
  });

  it('should answer every bad JSON body with a 4xx and a schema-valid error', async () => {
    const bodies = fc.oneof(
      fc.string().map((s) => ({ raw: s })),
      fc.anything().map((v) => ({ raw: JSON.stringify(v) ?? 'null' })),
      fc
        .record(
          { message: fc.anything(), thread_id: fc.anything(), scene: fc.anything() },
          { requiredKeys: [] },
        )
        .map((v) => ({ raw: JSON.stringify(v) })),
    );
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.constantFrom('/model/token-stream', '/model/regenerate'),
        async ({ raw }, path) => {
          const res = await fetchAs(`${server.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: raw,
          });
          const text = await res.text();
          if (res.status === 200) {
            expect(sseEvents(text).at(-1)?.event).toBe('done');
            return;
          }
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          ErrorBody.parse((JSON.parse(text) as { error: unknown }).error);
        },
      ),
      { numRuns: 80 },
    );
    expect(await healthy()).toBe(true);
  });

  it('should refuse an oversized body with 413', async () => {
    const res = await fetchAs(`${server.url}/model/token-stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'x'.repeat(100_000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('should answer bad thread and run routes with 4xx JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        queryParams,
        fc.constantFrom('GET', 'DELETE', 'POST'),
        async (id, params, method) => {
          const paths = [
            `/api/threads/${encodeURIComponent(id)}/messages`,
            `/api/threads/${encodeURIComponent(id)}`,
            `/model/runs/${encodeURIComponent(id)}/cancel`,
            `/api/threads`,
          ];
          for (const path of paths) {
            const res = await fetchAs(`${server.url}${path}?${new URLSearchParams(params)}`, {
              method,
            });
            expect(res.status).toBeLessThan(500);
            if (res.status >= 400)
              ErrorBody.parse(((await res.json()) as { error: unknown }).error);
            else await res.arrayBuffer();
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(await healthy()).toBe(true);
  });
});

describe('malformed socket payloads', () => {
  const events: (keyof ClientToServerEvents)[] = [
    'model_start',
    'model_cancel',
    'model_regenerate',
    'list_threads',
    'list_messages',
    'join_thread',
    'usage_info',
  ];

  it('should answer every bad payload with an error event, and keep the connection', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...events), fc.anything(), async (event, payload) => {
        const answer = (await emitUntyped(socket, event, payload)) as {
          ok: boolean;
          error?: unknown;
        };
        expect(typeof answer.ok).toBe('boolean');
        if (!answer.ok) ErrorBody.parse(answer.error);
      }),
      { numRuns: 60 },
    );
    expect(socket.connected).toBe(true);
    expect(await healthy()).toBe(true);
  });

  it('should name what was wrong in the error', async () => {
    const ack = await socket.timeout(3000).emitWithAck('model_start', { message: '' });
    expect(ack).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', request: 'model_start', issues: [{ path: 'message' }] },
    });
    const forged = await socket
      .timeout(3000)
      .emitWithAck('model_start', { message: 'hi', user_id: 'someone-else' });
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('NUL bytes and unpaired surrogates', () => {
  const nul = ['\u0000', 'a\u0000b'];
  const surrogates = ['\uD800', 'x\uDC00y', 'ok \uD83D'];
  const stringFields = [
    'message',
    'thread_id',
    'run_id',
    'request_id',
    'user_id',
    'before',
    'title',
  ] as const;
  const threadCount = async () =>
    (
      (await (await fetchAs(`${server.url}/api/threads?user_id=${u.fuzz.userId}`)).json()) as {
        threads: unknown[];
      }
    ).threads.length;
  const expectClientError = (error: unknown) =>
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', retryable: false });

  it('should answer a NUL in any query field with 400 INVALID_REQUEST, never 500 or STORE_FAILED', async () => {
    const before = await threadCount();
    for (const value of nul) {
      const history = await fetchAs(
        `${server.url}/api/threads/t1/messages?${new URLSearchParams({ before: value })}`,
      );
      expect(history.status).toBe(400);
      expectClientError(((await history.json()) as { error: unknown }).error);
      for (const field of stringFields) {
        const params = new URLSearchParams({ message: 'hello', [field]: value });
        const res = await fetchAs(`${server.url}/model/token-stream?${params}`, {
          headers: { accept: 'text/event-stream' },
        });
        const events = sseEvents(await res.text());
        expect(events.map((e) => e.event)).toEqual(['error', 'done']);
        expectClientError(JSON.parse(events[0]?.data ?? '{}'));
      }
    }
    expect(await threadCount()).toBe(before);
  });

  it('should answer a NUL or an unpaired surrogate in any body field with 400', async () => {
    const before = await threadCount();
    for (const value of [...nul, ...surrogates]) {
      for (const field of stringFields) {
        for (const path of ['/model/token-stream', '/model/regenerate']) {
          const res = await fetchAs(`${server.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ message: 'hello', thread_id: 't1', [field]: value }),
          });
          expect(res.status).toBe(400);
          expectClientError(((await res.json()) as { error: unknown }).error);
        }
      }
    }
    expect(await threadCount()).toBe(before);
  });

  it('should answer a NUL or an unpaired surrogate in any socket payload field with INVALID_REQUEST', async () => {
    const before = await threadCount();
    const events: (keyof ClientToServerEvents)[] = [
      'model_start',
      'model_cancel',
      'model_regenerate',
      'list_threads',
      'list_messages',
      'join_thread',
    ];
    for (const event of events)
      for (const field of stringFields)
        for (const value of [...nul, ...surrogates]) {
          const ack = (await emitUntyped(socket, event, {
            message: 'hello',
            thread_id: 't1',
            [field]: value,
          })) as {
            ok: boolean;
            error?: unknown;
          };
          expect(ack.ok).toBe(false);
          expectClientError(ack.error);
        }
    expect(await threadCount()).toBe(before);
    expect(socket.connected).toBe(true);
  });
});
