import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent, ThreadHistory, ThreadsList } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket, nextEvent } from '../support/socket-client.js';
import { openEventStream } from '../support/sse-client.js';
import { createGuests, fetchAs, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let u: Record<'pat' | 'quinn', Guest>;
let threadId = '';

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({
    agent: createScriptedAgent((input) => tokens(`Echo: ${input.message}`)),
    database: db,
  });
  u = await createGuests(server.url, ['pat', 'quinn']);
  for (let i = 1; i <= 3; i += 1) {
    const params = new URLSearchParams({
      message: `question ${i}`,
      user_id: u.pat.userId,
      ...(threadId ? { thread_id: threadId } : {}),
    });
    const events = await openEventStream(`${server.url}/model/token-stream?${params}`).finished;
    threadId = MetadataEvent.parse(events[0]?.data).thread_id;
  }
  await openEventStream(
    `${server.url}/model/token-stream?message=other+thread&user_id=${u.pat.userId}`,
  ).finished;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const get = async (path: string) => {
  const res = await fetchAs(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /api/threads', () => {
  it('should list the user’s threads, newest first, paginated', async () => {
    const first = ThreadsList.parse(
      (await get(`/api/threads?user_id=${u.pat.userId}&limit=1`)).body,
    );
    expect(first.threads.map((t) => t.title)).toEqual(['other thread']);
    expect(first.has_more).toBe(true);
    const second = ThreadsList.parse(
      (await get(`/api/threads?user_id=${u.pat.userId}&limit=1&page=1`)).body,
    );
    expect(second.threads.map((t) => [t.id, t.message_count])).toEqual([[threadId, 6]]);
    expect(second.has_more).toBe(false);
  });

  it('should show nobody else’s threads', async () => {
    expect(
      ThreadsList.parse((await get(`/api/threads?user_id=${u.quinn.userId}`)).body).threads,
    ).toEqual([]);
  });
});

describe('GET /api/threads/:id/messages', () => {
  it('should page backwards through the history with next_before', async () => {
    const newest = await get(`/api/threads/${threadId}/messages?user_id=${u.pat.userId}&limit=4`);
    const page1 = ThreadHistory.parse(newest.body);
    expect(page1.messages.map((m) => m.text)).toEqual([
      'question 2',
      'Echo: question 2',
      'question 3',
      'Echo: question 3',
    ]);
    const older = await get(
      `/api/threads/${threadId}/messages?user_id=${u.pat.userId}&limit=4&before=${page1.next_before}`,
    );
    expect((older.body.messages as { text: string }[]).map((m) => m.text)).toEqual([
      'question 1',
      'Echo: question 1',
    ]);
    expect(older.body.next_before).toBeNull();
  });

  it('should answer 404 for another user’s thread and for unknown ids, and 400 for bad ones', async () => {
    expect((await get(`/api/threads/${threadId}/messages?user_id=${u.quinn.userId}`)).status).toBe(
      404,
    );
    expect(
      (
        await get(
          `/api/threads/00000000-0000-0000-0000-000000000000/messages?user_id=${u.pat.userId}`,
        )
      ).status,
    ).toBe(404);
    const bad = await get(`/api/threads/bad%20id/messages?user_id=${u.pat.userId}&limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
  });
});

describe('socket management events', () => {
  it('should answer list_threads, list_messages and join_thread for the owner only', async () => {
    const socket = await connectSocket(server.url, u.pat.auth);
    const list = nextEvent(socket, 'threads_list');
    socket.emit('list_threads', { limit: 10 });
    expect((await list).threads).toHaveLength(2);

    const messages = nextEvent(socket, 'messages_list');
    socket.emit('list_messages', { thread_id: threadId, limit: 2 });
    expect((await messages).messages.map((m) => m.text)).toEqual([
      'question 3',
      'Echo: question 3',
    ]);

    const history = nextEvent(socket, 'thread_history');
    socket.emit('join_thread', { thread_id: threadId });
    expect(await history).toMatchObject({ thread_id: threadId, active_run: null });

    const stranger = await connectSocket(server.url, u.quinn.auth);
    const error = nextEvent(stranger, 'error');
    stranger.emit('join_thread', { thread_id: threadId });
    expect(await error).toMatchObject({ code: 'THREAD_NOT_FOUND', request: 'join_thread' });
    socket.disconnect();
    stranger.disconnect();
  });
});

describe('DELETE /api/threads/:id', () => {
  it('should delete the owner’s thread with its messages, and refuse others', async () => {
    const events = await openEventStream(
      `${server.url}/model/token-stream?message=delete+me&user_id=${u.pat.userId}`,
    ).finished;
    const id = MetadataEvent.parse(events[0]?.data).thread_id;
    expect(
      (
        await fetchAs(`${server.url}/api/threads/${id}?user_id=${u.quinn.userId}`, {
          method: 'DELETE',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await fetchAs(`${server.url}/api/threads/${id}?user_id=${u.pat.userId}`, {
          method: 'DELETE',
        })
      ).status,
    ).toBe(204);
    expect((await get(`/api/threads/${id}/messages?user_id=${u.pat.userId}`)).status).toBe(404);
    expect(await db.query('select id from messages where thread_id = $1', [id])).toEqual([]);
  });
});
