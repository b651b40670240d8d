import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompleteEvent,
  DoneEvent,
  MetadataEvent,
  ModelEvent,
  TokenEvent,
} from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { bicepsScript, createScriptedAgent } from '../support/scripted-agent.js';
import { fetchSse, openEventStream, tokensOf } from '../support/sse-client.js';
import { createGuests, fetchAs, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let u: Record<'alice' | 'bob' | 'carol', Guest>;
const agent = createScriptedAgent(bicepsScript);

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({ agent, database: db });
  u = await createGuests(server.url, ['alice', 'bob', 'carol']);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('GET /model/token-stream', () => {
  it('should stream metadata, thinking, tokens, events, complete and done, in order, each with an id', async () => {
    const url = `${server.url}/model/token-stream?${new URLSearchParams({ message: 'show me the biceps', user_id: u.alice.userId })}`;
    const events = await openEventStream(url).finished;

    const names = events.map((e) => e.event);
    expect(names[0]).toBe('metadata');
    expect(names[1]).toBe('thinking');
    expect(names.at(-2)).toBe('complete');
    expect(names.at(-1)).toBe('done');
    expect(names.filter((n) => n === 'event')).toHaveLength(2);

    const metadata = MetadataEvent.parse(events[0]?.data);
    expect(metadata).toMatchObject({
      provider: 'scripted',
      model: 'test-script',
      protocol_version: '1.0',
    });
    for (const [i, e] of events.entries()) expect(e.id).toBe(`${metadata.run_id}:${i}`);

    for (const e of events.filter((e) => e.event === 'token')) TokenEvent.parse(e.data);
    const modelEvents = events
      .filter((e) => e.event === 'event')
      .map((e) => ModelEvent.parse(e.data));
    expect(modelEvents.map((e) => [e.type, e.seq, e.runId])).toEqual([
      ['model:selectMuscles', 0, metadata.run_id],
      ['model:setCameraView', 1, metadata.run_id],
    ]);
    expect(new Set(modelEvents.map((e) => e.id)).size).toBe(2);

    const complete = CompleteEvent.parse(events.at(-2)?.data);
    expect(complete.response).toBe(tokensOf(events));
    expect(complete.response).toContain('biceps brachii');
    expect(complete.events).toEqual(modelEvents);
    expect(complete.usage).toEqual({ inputTokens: 120, outputTokens: 30, totalTokens: 150 });
    expect(DoneEvent.parse(events.at(-1)?.data)).toEqual({
      run_id: metadata.run_id,
      status: 'complete',
    });
  });

  it('should send SSE headers that stop proxies buffering, and a retry interval', async () => {
    const url = `${server.url}/model/token-stream?${new URLSearchParams({ message: 'hello', user_id: u.alice.userId })}`;
    const { res, text } = await fetchSse(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(res.headers.get('cache-control')).toContain('no-cache');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('x-protocol-version')).toBe('1.0');
    expect(text.startsWith('retry: ')).toBe(true);
    expect(text.trimEnd().endsWith('"status":"complete"}')).toBe(true);
  });

  it('should carry the message into a new thread and hand the agent the thread history next time', async () => {
    const first = await openEventStream(
      `${server.url}/model/token-stream?${new URLSearchParams({ message: 'first question', user_id: u.bob.userId })}`,
    ).finished;
    const threadId = MetadataEvent.parse(first[0]?.data).thread_id;
    await openEventStream(
      `${server.url}/model/token-stream?${new URLSearchParams({ message: 'second question', user_id: u.bob.userId, thread_id: threadId })}`,
    ).finished;
    const call = agent.calls.find((c) => c.message === 'second question');
    expect(call?.history.map((h) => [h.role, h.text])).toEqual([
      ['user', 'first question'],
      ['assistant', tokensOf(first)],
    ]);
  });
});

describe('POST /model/token-stream', () => {
  it('should stream the same events for a JSON body with the scene state', async () => {
    const scene = { selection: [{ muscleId: 'deltoid', side: 'left' }], view: 'posterior' };
    const events = await openEventStream(`${server.url}/model/token-stream`, {
      method: 'POST',
      body: JSON.stringify({ message: 'what is this muscle?', user_id: u.carol.userId, scene }),
    }).finished;
    expect(events.at(-1)?.event).toBe('done');
    const call = agent.calls.find((c) => c.message === 'what is this muscle?');
    expect(call?.scene).toMatchObject({
      selection: [{ muscleId: 'deltoid', side: 'left' }],
      view: 'posterior',
      xray: false,
    });
  });
});

describe('GET /model/test-sse', () => {
  it('should send test_message events apart in time, then test_complete', async () => {
    const started = Date.now();
    const events = await openEventStream(`${server.url}/model/test-sse`).finished;
    expect(events.map((e) => e.event)).toEqual([
      'test_message',
      'test_message',
      'test_message',
      'test_message',
      'test_message',
      'test_complete',
    ]);
    expect(Date.now() - started).toBeGreaterThan(4500);
  }, 15_000);
});

describe('GET /healthz', () => {
  it('should report the database it uses', async () => {
    const body = (await (await fetchAs(`${server.url}/healthz`)).json()) as {
      status: string;
      database: string;
    };
    expect(body.status).toBe('ok');
    expect(['pglite', 'postgres']).toContain(body.database);
  });
});
