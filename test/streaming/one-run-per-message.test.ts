import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { collect, connectSocket, nextEvent, type ClientSocket } from '../support/socket-client.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { createGuests, fetchAs, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';
import { waitFor } from '../support/util.js';

let db: Database;
let server: RunningServer;
let u: Record<'dana' | 'erin' | 'finn' | 'gail' | 'hana' | 'ivy', Guest>;
const agent = createScriptedAgent([
  ...tokens('Here is the deltoid. '),
  { event: { type: 'model:selectMuscles', payload: { muscleIds: ['deltoid'] } } },
  { wait: 50 },
  ...tokens('It abducts the arm.'),
]);
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({ agent, database: db });
  u = await createGuests(server.url, ['dana', 'erin', 'finn', 'gail', 'hana', 'ivy']);
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

describe('one generation per message', () => {
  it('should join model_start and the EventSource the seed client opens right after into one run', async () => {
    const socket = await connectSocket(server.url, u.dana.auth);
    sockets.push(socket);
    const socketEvents = collect(socket, 'model_event');
    const before = agent.calls.length;

    const responded = nextEvent(socket, 'model_response');
    socket.emit('model_start', { message: 'show the deltoid', user_id: u.dana.userId });
    const events = await openEventStream(
      streamUrl({ message: 'show the deltoid', user_id: u.dana.userId }),
    ).finished;
    const response = await responded;

    expect(agent.calls.length - before).toBe(1);
    const metadata = MetadataEvent.parse(events[0]?.data);
    expect(response.run_id).toBe(metadata.run_id);
    expect(response.response).toBe(tokensOf(events));
    expect(socketEvents.map((e) => e.id)).toEqual(
      events.filter((e) => e.event === 'event').map((e) => (e.data as { id: string }).id),
    );
  });

  it('should join them also when the EventSource arrives first', async () => {
    const socket = await connectSocket(server.url, u.erin.auth);
    sockets.push(socket);
    const before = agent.calls.length;
    const stream = openEventStream(streamUrl({ message: 'sse first', user_id: u.erin.userId }));
    await new Promise((r) => setTimeout(r, 30));
    const ack = await socket
      .timeout(3000)
      .emitWithAck('model_start', { message: 'sse first', user_id: u.erin.userId });
    const events = await stream.finished;
    expect(agent.calls.length - before).toBe(1);
    expect(ack).toMatchObject({ ok: true, run_id: MetadataEvent.parse(events[0]?.data).run_id });
  });

  it('should join by request_id exactly, even for the same text twice in a row', async () => {
    const socket = await connectSocket(server.url, u.finn.auth);
    sockets.push(socket);
    const before = agent.calls.length;
    const runs: string[] = [];
    for (const requestId of ['req-aaaa-1', 'req-aaaa-2']) {
      const ack = await socket
        .timeout(3000)
        .emitWithAck('model_start', { message: 'again', request_id: requestId });
      const events = await openEventStream(
        streamUrl({ message: 'again', user_id: u.finn.userId, request_id: requestId }),
      ).finished;
      const runId = MetadataEvent.parse(events[0]?.data).run_id;
      expect(ack).toMatchObject({ ok: true, run_id: runId });
      runs.push(runId);
    }
    expect(new Set(runs).size).toBe(2);
    expect(agent.calls.length - before).toBe(2);
  });

  it('should start a new run when the same message is sent again later', async () => {
    const before = agent.calls.length;
    const first = await openEventStream(streamUrl({ message: 'repeat me', user_id: u.gail.userId }))
      .finished;
    const threadId = MetadataEvent.parse(first[0]?.data).thread_id;
    await openEventStream(
      streamUrl({ message: 'repeat me', user_id: u.gail.userId, thread_id: threadId }),
    ).finished;
    await openEventStream(
      streamUrl({ message: 'repeat me', user_id: u.gail.userId, thread_id: threadId }),
    ).finished;
    expect(agent.calls.length - before).toBe(3);
  });

  it('should serve a client that only speaks Socket.IO: message_saved first, model_response at the end', async () => {
    const socket = await connectSocket(server.url, u.hana.auth);
    sockets.push(socket);
    const order: string[] = [];
    socket.on('message_saved', () => order.push('message_saved'));
    socket.on('model_event', () => order.push('model_event'));
    socket.on('model_response', () => order.push('model_response'));
    const savedPromise = nextEvent(socket, 'message_saved');
    const responded = nextEvent(socket, 'model_response');
    socket.emit('model_start', { message: 'legacy client', user_id: u.hana.userId });
    const saved = await savedPromise;
    const response = await responded;
    expect(saved).toMatchObject({
      stored: 'database',
      run_id: response.run_id,
      thread_id: response.thread_id,
    });
    expect(order[0]).toBe('message_saved');
    expect(order.at(-1)).toBe('model_response');
    expect(response).toMatchObject({
      status: 'complete',
      response: 'Here is the deltoid. It abducts the arm.',
    });
    expect(response.events.map((e) => e.type)).toEqual(['model:selectMuscles']);
    const stored = (await (
      await fetchAs(
        `${server.url}/api/threads/${response.thread_id}/messages?user_id=${u.hana.userId}`,
      )
    ).json()) as {
      messages: { id: string; role: string; text: string; status: string }[];
    };
    expect(stored.messages.map((m) => [m.role, m.text, m.status])).toEqual([
      ['user', 'legacy client', 'complete'],
      ['assistant', response.response, 'complete'],
    ]);
    expect(stored.messages[0]?.id).toBe(saved.id);
  });
});

describe('run_started', () => {
  it('should tell another tab on the thread that a run started, so it can attach', async () => {
    const first = await openEventStream(
      streamUrl({ message: 'open a thread', user_id: u.ivy.userId }),
    ).finished;
    const threadId = MetadataEvent.parse(first[0]?.data).thread_id;
    const otherTab = await connectSocket(server.url, u.ivy.auth);
    sockets.push(otherTab);
    const history = nextEvent(otherTab, 'thread_history');
    otherTab.emit('join_thread', { thread_id: threadId });
    await history;
    const started = nextEvent(otherTab, 'run_started');
    const events = collect(otherTab, 'model_event');
    const second = await openEventStream(
      streamUrl({
        message: 'next question',
        user_id: u.ivy.userId,
        thread_id: threadId,
        request_id: 'req-next-question',
      }),
    ).finished;
    const metadata = MetadataEvent.parse(second[0]?.data);
    expect(await started).toEqual({
      thread_id: threadId,
      run_id: metadata.run_id,
      user_message_id: metadata.user_message_id,
      message_id: metadata.message_id,
      text: 'next question',
      request_id: 'req-next-question',
    });
    await waitFor(() => events.length === 1, 'the model event in the other tab');
    expect(events[0]?.runId).toBe(metadata.run_id);
  });
});

describe('a request id whose run already ended', () => {
  const params = (userId: string, request_id: string) => ({
    message: 'show the deltoid',
    request_id,
    user_id: userId,
  });
  const answerOf = (events: { event: string; data: unknown }[]) =>
    (events.find((e) => e.event === 'complete')?.data as { response: string } | undefined)
      ?.response;

  it('should replay the run from memory within the grace period, never generating again', async () => {
    const [guest] = Object.values(await createGuests(server.url, ['kim']));
    const query = new URLSearchParams(params(guest?.userId ?? '', 'req-late-in-memory'));
    const first = await openEventStream(`${server.url}/model/token-stream?${query}`).finished;
    const before = agent.calls.length;
    const late = await openEventStream(`${server.url}/model/token-stream?${query}`).finished;
    expect(late.map((e) => [e.id, e.event])).toEqual(first.map((e) => [e.id, e.event]));
    expect(tokensOf(late)).toBe(answerOf(late));
    expect(agent.calls.length).toBe(before);
  });

  it('should replay the answer from the database after the run was dropped', async () => {
    const shortDb = await openTestDatabase();
    const short = await startTestServer({
      agent,
      database: shortDb,
      config: { RUN_GRACE_MS: '50' },
    });
    try {
      const [guest] = Object.values(await createGuests(short.url, ['jo']));
      const query = new URLSearchParams(params(guest?.userId ?? '', 'req-late-twin'));
      const first = await openEventStream(`${short.url}/model/token-stream?${query}`).finished;
      expect(first.at(-1)?.data).toMatchObject({ status: 'complete' });
      await new Promise((r) => setTimeout(r, 200));
      const before = agent.calls.length;

      const twin = await openEventStream(`${short.url}/model/token-stream?${query}`).finished;
      expect(twin.map((e) => e.event)).toEqual(
        expect.arrayContaining(['metadata', 'token', 'complete', 'done']),
      );
      expect(twin.at(-1)?.event).toBe('done');
      expect(MetadataEvent.parse(twin[0]?.data).run_id).toBe(
        MetadataEvent.parse(first[0]?.data).run_id,
      );
      expect(tokensOf(twin)).toBe(answerOf(first));
      expect(answerOf(twin)).toBe(answerOf(first));
      expect(agent.calls.length).toBe(before);
    } finally {
      await short.close();
      await shortDb.close();
    }
  });
});
