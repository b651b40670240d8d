import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { Config } from '../../server/src/config.js';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest, type Guest } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import {
  connectSocket,
  nextEvent,
  type ClientSocket,
  emitUntyped,
} from '../support/socket-client.js';
import { fetchSse, openEventStream } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

/**
 * Every way to start a generation goes through one admission, and each limit is exact under
 * races: parallel starts from one identity never exceed the concurrent-run cap or the quota.
 */
let db: Database;
const servers: RunningServer[] = [];
const sockets: ClientSocket[] = [];
// "hang …" answers until stopped, "slow …" takes 400 ms; anything else answers at once.
const agent = createScriptedAgent((input) =>
  input.message.startsWith('hang')
    ? [...tokens('Thinking '), { hang: true }]
    : input.message.startsWith('slow')
      ? [{ wait: 400 }, ...tokens('Done.')]
      : tokens('Done.'),
);

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

const start = async (config: Partial<Record<keyof Config, string>>) => {
  const server = await startTestServer({ agent, database: db, config });
  servers.push(server);
  return server;
};
const socketOf = async (server: RunningServer, guest: Guest) => {
  const socket = await connectSocket(server.url, guest.auth);
  sockets.push(socket);
  return socket;
};
type Ack = { ok: boolean; run_id?: string; thread_id?: string; error?: { code: string } };
const emit = (socket: ClientSocket, event: 'model_start' | 'model_regenerate', payload: object) =>
  socket.timeout(10_000).emitWithAck(event, payload as never) as Promise<Ack>;

/** Joins the thread's room, so the socket hears its runs end. */
const join = (socket: ClientSocket, threadId: string) =>
  emitUntyped(socket, 'join_thread', { thread_id: threadId });

const countBy = (acks: Ack[]) => {
  const counts: Record<string, number> = {};
  for (const ack of acks) {
    const key = ack.ok ? 'ok' : (ack.error?.code ?? 'unknown');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

/** A thread with one answered message, and its id. */
const answeredThread = async (server: RunningServer, guest: Guest, message = 'first') => {
  const events = await openEventStream(
    `${server.url}/model/token-stream?${new URLSearchParams({ message, user_id: guest.userId })}`,
  ).finished;
  return MetadataEvent.parse(events[0]?.data).thread_id;
};

describe('regenerate is admitted like a new message', () => {
  it('should refuse a guest at its daily quota on the socket and over HTTP', async () => {
    const server = await start({ ANON_DAILY_MESSAGE_LIMIT: '2' });
    const guest = await createGuest(server.url);
    const threadId = await answeredThread(server, guest);
    const socket = await socketOf(server, guest);
    // The second generation of the day is a regenerate: allowed.
    expect(await emit(socket, 'model_regenerate', { thread_id: threadId })).toMatchObject({
      ok: true,
    });
    await nextEvent(socket, 'model_response');
    // The third is refused on both channels, however it is asked for.
    expect(await emit(socket, 'model_regenerate', { thread_id: threadId })).toMatchObject({
      ok: false,
      error: { code: 'ANON_LIMIT_REACHED' },
    });
    const http = await fetch(`${server.url}/model/regenerate`, {
      method: 'POST',
      headers: { ...guest.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ thread_id: threadId }),
    });
    expect(http.status).toBe(429);
    expect(((await http.json()) as { error: { code: string } }).error.code).toBe(
      'ANON_LIMIT_REACHED',
    );
    const usage = nextEvent(socket, 'usage_info');
    socket.emit('usage_info');
    expect(await usage).toMatchObject({ messages_used: 2, messages_limit: 2 });
  });

  it('should count against the rate and the concurrent-run cap', async () => {
    const server = await start({ RATE_LIMIT_PER_MINUTE: '3', MAX_CONCURRENT_RUNS: '1' });
    const guest = await createGuest(server.url);
    const threadId = await answeredThread(server, guest);
    const socket = await socketOf(server, guest);
    // A hanging answer holds the only slot: a regenerate elsewhere waits its turn.
    const hanging = await emit(socket, 'model_start', { message: 'hang on' });
    expect(hanging.ok).toBe(true);
    expect(await emit(socket, 'model_regenerate', { thread_id: threadId })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_RUNS' },
    });
    socket.emit('model_cancel', { run_id: hanging.run_id });
    await nextEvent(socket, 'model_response', (r) => r.run_id === hanging.run_id);
    expect(await emit(socket, 'model_regenerate', { thread_id: threadId })).toMatchObject({
      ok: true,
    });
    await nextEvent(socket, 'model_response', (r) => r.thread_id === threadId);
    // first + hang + regenerate = 3 of 3 this minute.
    expect(await emit(socket, 'model_regenerate', { thread_id: threadId })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });
});

describe('parallel starts', () => {
  it('should let exactly MAX_CONCURRENT_RUNS of 15 parallel starts run, round after round', async () => {
    const server = await start({ MAX_CONCURRENT_RUNS: '3' });
    const guest = await createGuest(server.url);
    const socket = await socketOf(server, guest);
    for (let round = 0; round < 15; round += 1) {
      const acks = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          emit(socket, 'model_start', { message: `hang ${round}-${i}` }),
        ),
      );
      expect(countBy(acks)).toEqual({ ok: 3, TOO_MANY_RUNS: 12 });
      const live = acks.filter((a) => a.ok);
      const ended = Promise.all(
        live.map((a) => nextEvent(socket, 'model_response', (r) => r.run_id === a.run_id)),
      );
      for (const ack of live) socket.emit('model_cancel', { run_id: ack.run_id });
      await ended;
    }
  }, 120_000);

  it('should let exactly MAX_CONCURRENT_RUNS of 15 parallel POSTs run', async () => {
    const server = await start({ MAX_CONCURRENT_RUNS: '3' });
    const guest = await createGuest(server.url);
    const responses = await Promise.all(
      Array.from(
        { length: 15 },
        (_, i) =>
          openEventStream(`${server.url}/model/token-stream`, {
            method: 'POST',
            body: JSON.stringify({ message: `hang ${i}`, user_id: guest.userId }),
            stopWhen: (e) => e.event === 'token' || e.event === 'error',
          }).finished,
      ),
    );
    const outcomes = responses.map((events) => {
      const error = events.find((e) => e.event === 'error');
      return error ? (error.data as { code: string }).code : events.at(-1)?.event;
    });
    expect(outcomes.filter((o) => o === 'token')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'TOO_MANY_RUNS')).toHaveLength(12);
  });

  it('should give a guest exactly its daily quota of 5 out of 15 parallel starts, for every guest', async () => {
    const server = await start({ ANON_DAILY_MESSAGE_LIMIT: '5' });
    for (let round = 0; round < 12; round += 1) {
      const guest = await createGuest(server.url);
      const socket = await socketOf(server, guest);
      const acks = await Promise.all(
        Array.from({ length: 15 }, (_, i) => emit(socket, 'model_start', { message: `q${i}` })),
      );
      expect(countBy(acks)).toEqual({ ok: 5, ANON_LIMIT_REACHED: 10 });
      const usage = nextEvent(socket, 'usage_info');
      socket.emit('usage_info');
      expect(await usage).toMatchObject({ messages_used: 5, messages_limit: 5 });
    }
  }, 120_000);
});

describe('new guests from one address', () => {
  it('should share a daily budget, so dropping the cookie does not mint fresh quota', async () => {
    const server = await start({ ANON_DAILY_MESSAGE_LIMIT: '10', ANON_DAILY_ADDRESS_LIMIT: '3' });
    const answers: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      // A fresh guest each time, as a client that drops its cookie would be.
      const guest = await createGuest(server.url);
      const { text } = await fetchSse(
        `${server.url}/model/token-stream?message=hi&user_id=${guest.userId}`,
        // The address of a client behind the (trusted, loopback) proxy.
        { headers: { 'x-forwarded-for': '203.0.113.7' } },
      );
      answers.push(text.includes('event: complete') ? 'answered' : text);
    }
    expect(answers.slice(0, 3)).toEqual(['answered', 'answered', 'answered']);
    expect(answers[3]).toContain('"code":"ANON_LIMIT_REACHED"');
  });
});

describe('regenerate races', () => {
  const answersOf = async (server: RunningServer, guest: Guest, threadId: string) =>
    (
      (await (
        await fetch(`${server.url}/api/threads/${threadId}/messages`, { headers: guest.headers })
      ).json()) as { messages: { role: string; status: string; text: string }[] }
    ).messages;

  /** Several tabs of one user, each with its own socket, asking at the same moment. */
  const tabs = async (server: RunningServer, guest: Guest, count: number) =>
    Promise.all(Array.from({ length: count }, () => socketOf(server, guest)));

  it('should run one of two back-to-back regenerates and leave one answer, every time', async () => {
    const server = await start({});
    const guest = await createGuest(server.url);
    const threadId = await answeredThread(server, guest, 'slow one');
    const [a, b] = (await tabs(server, guest, 2)) as [ClientSocket, ClientSocket];
    await join(a, threadId);
    for (let round = 0; round < 20; round += 1) {
      const acks = await Promise.all([
        emit(a, 'model_regenerate', { thread_id: threadId }),
        emit(b, 'model_regenerate', { thread_id: threadId }),
      ]);
      expect(countBy(acks)).toEqual({ ok: 1, CONFLICT: 1 });
      const winner = acks.find((ack) => ack.ok);
      await nextEvent(a, 'model_response', (r) => r.run_id === winner?.run_id);
      const messages = await answersOf(server, guest, threadId);
      expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(messages[1]).toMatchObject({ status: 'complete', text: 'Done.' });
    }
  }, 60_000);

  it('should keep a complete answer when ten regenerate at once', async () => {
    const server = await start({});
    const guest = await createGuest(server.url);
    const threadId = await answeredThread(server, guest, 'slow two');
    const sockets10 = await tabs(server, guest, 10);
    await join(sockets10[0] as ClientSocket, threadId);
    const acks = await Promise.all(
      sockets10.map((s) => emit(s, 'model_regenerate', { thread_id: threadId })),
    );
    expect(countBy(acks)).toEqual({ ok: 1, CONFLICT: 9 });
    await nextEvent(
      sockets10[0] as ClientSocket,
      'model_response',
      (r) => r.run_id === acks.find((a) => a.ok)?.run_id,
    );
    const messages = await answersOf(server, guest, threadId);
    expect(messages.map((m) => [m.role, m.status, m.text])).toEqual([
      ['user', 'complete', 'slow two'],
      ['assistant', 'complete', 'Done.'],
    ]);
    // And the thread can still be regenerated afterwards.
    expect(
      await emit(sockets10[1] as ClientSocket, 'model_regenerate', { thread_id: threadId }),
    ).toMatchObject({ ok: true });
  });
});
