import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { ModelStream } from '#shared/protocol/socket-payloads';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest, type Guest } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { collect, connectSocket, emitUntyped, nextEvent } from '../support/socket-client.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';
import { waitFor } from '../support/util.js';

/** Clients written from the seeds, as a new integrator would write them. */
let db: Database;
let server: RunningServer;
const longAnswer = Array.from({ length: 40 }, (_, i) => `word${i} `).join('');
const agent = createScriptedAgent(
  (input) => (input.message.startsWith('long') ? tokens(longAnswer) : tokens('Short answer.')),
  { stepDelayMs: 15 },
);

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({ agent, database: db });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const ask = async (guest: Guest, message: string, extra: Record<string, string> = {}) => {
  const events = await openEventStream(
    `${server.url}/model/token-stream?${new URLSearchParams({ message, user_id: guest.userId, ...extra })}`,
  ).finished;
  return { events, metadata: MetadataEvent.parse(events[0]?.data) };
};
const threadIdsOf = async (guest: Guest) =>
  (
    (await (await fetch(`${server.url}/api/threads`, { headers: guest.headers })).json()) as {
      threads: { id: string; title: string }[];
    }
  ).threads;

describe('extra keys', () => {
  it('should be ignored on every socket payload, with user_id and {page, limit} on both lists', async () => {
    const guest = await createGuest(server.url);
    const { metadata } = await ask(guest, 'first');
    await ask(guest, 'second', { thread_id: metadata.thread_id });
    const socket = await connectSocket(server.url, guest.auth);
    const common = { user_id: guest.userId, client_version: '9.9', page: 0, limit: 2 };

    const threads = nextEvent(socket, 'threads_list');
    expect(await emitUntyped(socket, 'list_threads', common)).toEqual({ ok: true });
    expect((await threads).threads.map((t) => t.id)).toEqual([metadata.thread_id]);

    const newest = nextEvent(socket, 'messages_list');
    await emitUntyped(socket, 'list_messages', { ...common, thread_id: metadata.thread_id });
    expect((await newest).messages.map((m) => m.text)).toEqual(['second', 'Short answer.']);
    const older = nextEvent(socket, 'messages_list');
    await emitUntyped(socket, 'list_messages', {
      ...common,
      page: 1,
      thread_id: metadata.thread_id,
    });
    expect((await older).messages.map((m) => m.text)).toEqual(['first', 'Short answer.']);

    for (const [event, payload] of [
      ['join_thread', { thread_id: metadata.thread_id }],
      ['usage_info', {}],
      ['model_cancel', { thread_id: metadata.thread_id }],
    ] as const) {
      const ack = (await emitUntyped(socket, event, { ...common, ...payload })) as {
        ok: boolean;
        error?: { code: string };
      };
      // Cancelling when nothing runs is the one refusal left, and it is not about the keys.
      if (event === 'model_cancel') expect(ack.error?.code).toBe('RUN_NOT_FOUND');
      else expect(ack.ok).toBe(true);
    }
    // Someone else's user_id is still refused.
    const forged = (await emitUntyped(socket, 'list_threads', {
      user_id: 'g_someoneelse000000000000',
    })) as { ok: boolean; error?: { code: string } };
    expect(forged.error?.code).toBe('FORBIDDEN');
    socket.disconnect();
  });

  it('should be ignored in HTTP bodies and queries, and prototype keys never merged', async () => {
    const guest = await createGuest(server.url);
    const res = await fetch(`${server.url}/model/token-stream?cache_bust=1`, {
      method: 'POST',
      headers: { ...guest.headers, 'content-type': 'application/json' },
      body: `{"message":"hello there","future_option":true,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('event: complete');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const page = await fetch(
      `${server.url}/api/threads/${(await threadIdsOf(guest))[0]?.id}/messages?page=0&limit=5&user_id=${guest.userId}&extra=1`,
      { headers: guest.headers },
    );
    expect(page.status).toBe(200);
  });
});

describe('a thread id the client chose', () => {
  it('should create the thread on the SSE channel', async () => {
    const guest = await createGuest(server.url);
    const threadId = randomUUID();
    const { metadata } = await ask(guest, 'new conversation', { thread_id: threadId });
    expect(metadata.thread_id).toBe(threadId);
    expect((await threadIdsOf(guest)).map((t) => t.id)).toEqual([threadId]);
    // And it is an ordinary thread from then on.
    const { metadata: next } = await ask(guest, 'and again', { thread_id: threadId });
    expect(next.thread_id).toBe(threadId);
    expect(await threadIdsOf(guest)).toHaveLength(1);
  });

  it('should create the thread on the socket, and pair both channels into one run', async () => {
    const guest = await createGuest(server.url);
    const socket = await connectSocket(server.url, guest.auth);
    const alone = randomUUID();
    const answered = nextEvent(socket, 'model_response');
    const ack = (await socket
      .timeout(5000)
      .emitWithAck('model_start', { message: 'socket only', thread_id: alone })) as {
      thread_id: string;
    };
    expect(ack.thread_id).toBe(alone);
    await answered;

    const both = randomUUID();
    const before = agent.calls.length;
    const [socketAck, sse] = await Promise.all([
      socket.timeout(5000).emitWithAck('model_start', {
        message: 'both channels',
        thread_id: both,
        request_id: 'pair-1',
      }) as Promise<{ run_id: string }>,
      ask(guest, 'both channels', { thread_id: both, request_id: 'pair-1' }),
    ]);
    expect(sse.metadata.run_id).toBe(socketAck.run_id);
    expect(agent.calls.length - before).toBe(1);
    await waitFor(async () => (await threadIdsOf(guest)).length === 2, 'both threads stored');
    expect((await threadIdsOf(guest)).map((t) => t.id).sort()).toEqual([alone, both].sort());
    socket.disconnect();
  });

  it('should answer another user’s thread id as missing and create nothing', async () => {
    const owner = await createGuest(server.url);
    const stranger = await createGuest(server.url);
    const threadId = randomUUID();
    await ask(owner, 'mine', { thread_id: threadId });
    const events = await openEventStream(
      `${server.url}/model/token-stream?${new URLSearchParams({ message: 'let me in', thread_id: threadId, user_id: stranger.userId })}`,
    ).finished;
    expect(events.find((e) => e.event === 'error')?.data).toMatchObject({
      code: 'THREAD_NOT_FOUND',
    });
    const socket = await connectSocket(server.url, stranger.auth);
    const ack = await socket
      .timeout(5000)
      .emitWithAck('model_start', { message: 'let me in', thread_id: threadId });
    expect(ack).toMatchObject({ ok: false, error: { code: 'THREAD_NOT_FOUND' } });
    socket.disconnect();
    expect(await threadIdsOf(stranger)).toEqual([]);
    const ownerHistory = (await (
      await fetch(`${server.url}/api/threads/${threadId}/messages`, { headers: owner.headers })
    ).json()) as { messages: unknown[] };
    expect(ownerHistory.messages).toHaveLength(2);
  });

  it('should refuse an id that is not a UUID for a thread that does not exist', async () => {
    const guest = await createGuest(server.url);
    const { events } = await openEventStream(
      `${server.url}/model/token-stream?${new URLSearchParams({ message: 'x', thread_id: 'my-thread', user_id: guest.userId })}`,
    ).finished.then((e) => ({ events: e }));
    expect(events.find((e) => e.event === 'error')?.data).toMatchObject({
      code: 'THREAD_NOT_FOUND',
    });
  });
});

describe('tokens over Socket.IO', () => {
  const textOf = (entries: ModelStream[]) =>
    entries
      .filter((e) => e.event === 'token')
      .map((e) => (e.data as { content: string }).content)
      .join('');

  it('should stream every entry of the run with SSE’s ids, and resume after a forced disconnect with nothing lost or repeated', async () => {
    const guest = await createGuest(server.url);
    const first = await connectSocket(server.url, guest.auth);
    const seen: ModelStream[] = [];
    first.on('model_stream', (entry) => seen.push(entry));
    const ack = (await first
      .timeout(5000)
      .emitWithAck('model_start', { message: 'long answer please', stream: true })) as {
      run_id: string;
      thread_id: string;
    };
    await waitFor(() => seen.filter((e) => e.event === 'token').length >= 10, 'ten tokens');
    first.disconnect();
    const lastId = seen.at(-1)?.id ?? '';

    const second = await connectSocket(server.url, guest.auth);
    const resumed = collect(second, 'model_stream');
    await emitUntyped(second, 'join_thread', {
      thread_id: ack.thread_id,
      stream: true,
      after: lastId,
    });
    await waitFor(() => resumed.some((e) => e.event === 'done'), 'the end of the run', 10_000);
    second.disconnect();

    const all = [...seen, ...resumed];
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(all.map((_, i) => `${ack.run_id}:${i}`));
    const complete = all.find((e) => e.event === 'complete')?.data as { response: string };
    expect(textOf(all)).toBe(longAnswer);
    expect(complete.response).toBe(longAnswer);

    // The same run over SSE carries the same ids and messages.
    const sse = await openEventStream(`${server.url}/model/runs/${ack.run_id}/stream`, {
      headers: guest.headers,
    }).finished;
    expect(sse.map((e) => [e.id, e.event])).toEqual(all.map((e) => [e.id, e.event]));
    expect(tokensOf(sse)).toBe(longAnswer);
  });
});

describe('renaming and deleting threads', () => {
  it('should tell the user’s other tabs, validate titles, and refuse strangers', async () => {
    const guest = await createGuest(server.url);
    const { metadata } = await ask(guest, 'to be renamed');
    const otherTab = await connectSocket(server.url, guest.auth);
    const renamed = nextEvent(otherTab, 'thread_updated');
    const res = await fetch(`${server.url}/api/threads/${metadata.thread_id}`, {
      method: 'PATCH',
      headers: { ...guest.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ title: '  Shoulder revision  ' }),
    });
    expect(res.status).toBe(200);
    expect(await renamed).toEqual({ thread_id: metadata.thread_id, title: 'Shoulder revision' });
    expect((await threadIdsOf(guest))[0]?.title).toBe('Shoulder revision');

    const tab = await connectSocket(server.url, guest.auth);
    const again = nextEvent(otherTab, 'thread_updated');
    expect(
      await tab
        .timeout(5000)
        .emitWithAck('rename_thread', { thread_id: metadata.thread_id, title: 'Rotator cuff' }),
    ).toEqual({ ok: true });
    expect((await again).title).toBe('Rotator cuff');

    for (const title of ['', ' ', 'x'.repeat(121), 'bad\u0007bell', 'line\nbreak']) {
      const bad = await fetch(`${server.url}/api/threads/${metadata.thread_id}`, {
        method: 'PATCH',
        headers: { ...guest.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      expect(bad.status, JSON.stringify(title)).toBe(400);
    }
    const stranger = await createGuest(server.url);
    const foreign = await fetch(`${server.url}/api/threads/${metadata.thread_id}`, {
      method: 'PATCH',
      headers: { ...stranger.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'mine now' }),
    });
    expect(foreign.status).toBe(404);

    const deleted = nextEvent(otherTab, 'thread_deleted');
    expect(
      await tab.timeout(5000).emitWithAck('delete_thread', { thread_id: metadata.thread_id }),
    ).toEqual({ ok: true });
    expect(await deleted).toEqual({ thread_id: metadata.thread_id });
    expect(await threadIdsOf(guest)).toEqual([]);
    tab.disconnect();
    otherTab.disconnect();
  });
});
