import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent, tokens, type ScriptStep } from '../support/scripted-agent.js';
import { connectSocket, nextEvent, type ClientSocket } from '../support/socket-client.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { createGuests, fetchAs, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';
import { waitFor } from '../support/util.js';

let db: Database;
let server: RunningServer;
let u: Record<'kim' | 'lee' | 'mallory' | 'max' | 'nia', Guest>;
let regenerations = 0;
const agent = createScriptedAgent((input): ScriptStep[] => {
  if (input.message.startsWith('hang')) return [...tokens('Working on it '), { hang: true }];
  if (input.message.startsWith('explode'))
    return [...tokens('Partial '), { fail: 'provider exploded' }];
  if (input.message.startsWith('again')) return tokens(`Answer number ${++regenerations}.`);
  return tokens('A short answer.');
});
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({ agent, database: db });
  u = await createGuests(server.url, ['kim', 'lee', 'mallory', 'max', 'nia']);
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const streamUrl = (params: Record<string, string>) =>
  `${server.url}/model/token-stream?${new URLSearchParams(params)}`;
const messagesOf = async (threadId: string, userId: string) =>
  (
    (await (
      await fetchAs(`${server.url}/api/threads/${threadId}/messages?user_id=${userId}`)
    ).json()) as {
      messages: { role: string; text: string; status: string; error: { code: string } | null }[];
    }
  ).messages;

describe('cancel', () => {
  it('should abort the agent over Socket.IO, persist the partial answer as cancelled, and end every subscriber', async () => {
    const socket = await connectSocket(server.url, u.kim.auth);
    sockets.push(socket);
    const stream = openEventStream(streamUrl({ message: 'hang please', user_id: u.kim.userId }));
    await waitFor(() => tokensOf(stream.received) === 'Working on it ', 'first tokens');
    const metadata = MetadataEvent.parse(stream.received[0]?.data);
    const watcher = openEventStream(
      `${server.url}/model/runs/${metadata.run_id}/stream?user_id=${u.kim.userId}`,
    );
    await waitFor(() => watcher.received.length >= 3, 'second subscriber');

    const ack = await socket.timeout(3000).emitWithAck('model_cancel', { run_id: metadata.run_id });
    expect(ack).toMatchObject({ ok: true, run_id: metadata.run_id });

    for (const events of [await stream.finished, await watcher.finished]) {
      expect(events.slice(-2).map((e) => [e.event, e.data])).toEqual([
        ['error', { code: 'cancelled', message: 'The answer was stopped.', retryable: false }],
        ['done', { run_id: metadata.run_id, status: 'cancelled' }],
      ]);
    }
    const index = agent.calls.findIndex((c) => c.message === 'hang please');
    expect(agent.aborted[index]).toBe(true);
    const stored = await messagesOf(metadata.thread_id, u.kim.userId);
    expect(stored.at(-1)).toMatchObject({
      role: 'assistant',
      text: 'Working on it ',
      status: 'cancelled',
    });
  });

  it('should cancel over HTTP, and refuse another user', async () => {
    const stream = openEventStream(streamUrl({ message: 'hang over http', user_id: u.lee.userId }));
    await waitFor(() => stream.received.length >= 3, 'first tokens');
    const runId = MetadataEvent.parse(stream.received[0]?.data).run_id;

    const forbidden = await fetchAs(
      `${server.url}/model/runs/${runId}/cancel?user_id=${u.mallory.userId}`,
      { method: 'POST' },
    );
    expect(forbidden.status).toBe(404);
    expect(((await forbidden.json()) as { error: { code: string } }).error.code).toBe(
      'RUN_NOT_FOUND',
    );

    const res = await fetchAs(`${server.url}/model/runs/${runId}/cancel?user_id=${u.lee.userId}`, {
      method: 'POST',
    });
    expect(res.status).toBe(202);
    const events = await stream.finished;
    expect(events.at(-1)?.data).toEqual({ run_id: runId, status: 'cancelled' });
  });

  it('should let a closed browser stream leave the run going to completion', async () => {
    const stream = openEventStream(streamUrl({ message: 'walk away', user_id: u.lee.userId }), {
      stopWhen: (e) => e.event === 'metadata',
    });
    const [metadata] = await stream.finished;
    const { thread_id } = MetadataEvent.parse(metadata?.data);
    await waitFor(
      async () => (await messagesOf(thread_id, u.lee.userId)).at(-1)?.status === 'complete',
      'answer persisted',
    );
    expect((await messagesOf(thread_id, u.lee.userId)).at(-1)?.text).toBe('A short answer.');
  });
});

describe('agent failure', () => {
  it('should end with a retryable error, keep the partial text, and mark the answer failed', async () => {
    const events = await openEventStream(
      streamUrl({ message: 'explode now', user_id: u.max.userId }),
    ).finished;
    expect(events.slice(-2).map((e) => e.event)).toEqual(['error', 'done']);
    expect(events.at(-2)?.data).toMatchObject({ code: 'AGENT_FAILED', retryable: true });
    expect(JSON.stringify(events)).not.toContain('provider exploded');
    const { thread_id } = MetadataEvent.parse(events[0]?.data);
    expect((await messagesOf(thread_id, u.max.userId)).at(-1)).toMatchObject({
      text: 'Partial ',
      status: 'failed',
      error: { code: 'AGENT_FAILED' },
    });
  });
});

describe('model_regenerate', () => {
  it('should replace the last answer with a new run for the same question', async () => {
    const socket = await connectSocket(server.url, u.nia.auth);
    sockets.push(socket);
    const first = await openEventStream(
      streamUrl({ message: 'again, please', user_id: u.nia.userId }),
    ).finished;
    const { thread_id } = MetadataEvent.parse(first[0]?.data);

    const responded = nextEvent(socket, 'model_response');
    const ack = (await socket.timeout(3000).emitWithAck('model_regenerate', { thread_id })) as {
      ok: true;
      run_id: string;
    };
    expect(ack.ok).toBe(true);
    const response = await responded;
    expect(response.run_id).toBe(ack.run_id);
    expect(response.response).not.toBe(tokensOf(first));

    const stored = await messagesOf(thread_id, u.nia.userId);
    expect(stored.map((m) => [m.role, m.text])).toEqual([
      ['user', 'again, please'],
      ['assistant', response.response],
    ]);
    const call = agent.calls.at(-1);
    expect(call?.message).toBe('again, please');
    expect(call?.history).toEqual([]);
  });

  it('should stream a regenerated answer over HTTP too', async () => {
    const first = await openEventStream(
      streamUrl({ message: 'again over http', user_id: u.nia.userId }),
    ).finished;
    const { thread_id } = MetadataEvent.parse(first[0]?.data);
    const events = await openEventStream(`${server.url}/model/regenerate?user_id=${u.nia.userId}`, {
      method: 'POST',
      body: JSON.stringify({ thread_id }),
    }).finished;
    expect(events.at(-1)?.data).toMatchObject({ status: 'complete' });
    expect((await messagesOf(thread_id, u.nia.userId)).map((m) => m.text)).toEqual([
      'again over http',
      tokensOf(events),
    ]);
  });

  it('should refuse to regenerate in another user’s thread', async () => {
    const first = await openEventStream(streamUrl({ message: 'mine', user_id: u.nia.userId }))
      .finished;
    const { thread_id } = MetadataEvent.parse(first[0]?.data);
    const socket = await connectSocket(server.url, u.mallory.auth);
    sockets.push(socket);
    const ack = await socket.timeout(3000).emitWithAck('model_regenerate', { thread_id });
    expect(ack).toMatchObject({ ok: false, error: { code: 'THREAD_NOT_FOUND' } });
  });
});
