import { beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent, type ModelEvent } from '#shared/protocol/index';
import { openEventStream, tokensOf, type ReceivedEvent } from '../support/sse-client.js';
import { io } from 'socket.io-client';
import { collect, connectSocket, nextEvent, type ClientSocket } from '../support/socket-client.js';
import { waitFor } from '../support/util.js';
import { clusterTestUrls, guestHeaders, useTwoInstances } from './cluster-fixture.js';

const urls = clusterTestUrls();
const question = 'show me the rotator cuff from behind';

const completeOf = (events: ReceivedEvent[]) =>
  events.find((e) => e.event === 'complete')?.data as
    { response: string; events: ModelEvent[]; message_id: string } | undefined;

describe.skipIf(!urls)('two instances on Redis and PostgreSQL', () => {
  const two = useTwoInstances(urls, 1);
  let headers: Record<string, string>;
  beforeAll(async () => {
    headers = await guestHeaders(two.a.url);
  });

  const startOnA = (message = question) =>
    openEventStream(`${two.a.url}/model/token-stream?${new URLSearchParams({ message })}`, {
      headers,
    });

  const storedAnswer = async (messageId: string) =>
    (
      await two.cluster.db.query<{ text: string; status: string }>(
        'select text, status from messages where id = $1',
        [messageId],
      )
    ).rows[0];

  it('should deliver model events of a run on one instance to a socket on the other', async () => {
    const stream = startOnA();
    await waitFor(() => stream.received.length > 2, 'the run to start');
    const { thread_id, run_id } = MetadataEvent.parse(stream.received[0]?.data);

    const socket = await connectSocket(two.b.url, { token: headers.authorization?.slice(7) ?? '' });
    const events = collect(socket, 'model_event');
    const response = nextEvent(socket, 'model_response', (r) => r.run_id === run_id, 20_000);
    socket.emit('join_thread', { thread_id });
    const [whole, sse] = await Promise.all([response, stream.finished]);
    socket.close();

    const complete = completeOf(sse);
    expect(complete?.events.length).toBeGreaterThan(0);
    // Catch-up and live delivery may overlap; clients apply each id once, and none is missing.
    expect([...new Set(events.map((e) => e.id))]).toEqual(complete?.events.map((e) => e.id));
    expect(whole.response).toBe(complete?.response);
    expect(whole.status).toBe('complete');
  }, 30_000);

  it('should stream a run of one instance over a socket on the other, with the SSE ids', async () => {
    const stream = startOnA('what does the deltoid do?');
    await waitFor(() => stream.received.length > 2, 'the run to start');
    const { thread_id, run_id } = MetadataEvent.parse(stream.received[0]?.data);
    const socket = await connectSocket(two.b.url, { token: headers.authorization?.slice(7) ?? '' });
    const entries = collect(socket, 'model_stream');
    socket.emit('join_thread', { thread_id, stream: true });
    const sse = await stream.finished;
    await waitFor(() => entries.some((e) => e.event === 'done'), 'the socket stream to end');
    socket.close();
    expect(entries.map((e) => e.id)).toEqual(sse.map((e) => e.id));
    expect(entries.every((e) => e.run_id === run_id)).toBe(true);
    const text = entries
      .filter((e) => e.event === 'token')
      .map((e) => (e.data as { content: string }).content)
      .join('');
    expect(text).toBe(completeOf(sse)?.response);
  }, 30_000);

  it('should resume a stream on the other instance with the same text, byte for byte', async () => {
    const first = startOnA();
    await waitFor(() => tokensOf(first.received).length > 40, 'part of the answer', 10_000);
    first.source.close();
    const seen = [...first.received];
    const { run_id } = MetadataEvent.parse(seen[0]?.data);
    const lastId = seen.at(-1)?.id ?? '';

    const rest = await openEventStream(
      `${two.b.url}/model/runs/${run_id}/stream?${new URLSearchParams({ after: lastId })}`,
      { headers },
    ).finished;
    const all = [...seen, ...rest];
    // Ids continue exactly where the first instance stopped: nothing missed, nothing repeated.
    const indexes = all.map((e) => Number(e.id.split(':')[1]));
    expect(indexes).toEqual(indexes.map((_, i) => i));
    const complete = completeOf(all);
    expect(tokensOf(all)).toBe(complete?.response);
    expect((await storedAnswer(complete?.message_id ?? ''))?.text).toBe(complete?.response);
  }, 30_000);

  it('should stop a run when the cancel lands on the other instance', async () => {
    const stream = startOnA();
    await waitFor(() => tokensOf(stream.received).length > 10, 'part of the answer', 10_000);
    const { run_id, message_id } = MetadataEvent.parse(stream.received[0]?.data);
    const res = await fetch(`${two.b.url}/model/runs/${run_id}/cancel`, {
      method: 'POST',
      headers,
    });
    expect(res.status).toBe(202);
    const events = await stream.finished;
    expect(events.at(-2)).toMatchObject({ event: 'error', data: { code: 'cancelled' } });
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { status: 'cancelled' } });
    await waitFor(
      async () => (await storedAnswer(message_id))?.status === 'cancelled',
      'the answer stored as cancelled',
    );
  }, 30_000);

  it('should generate once when the socket and the EventSource land on different instances', async () => {
    const socket = await connectSocket(two.a.url, { token: headers.authorization?.slice(7) ?? '' });
    const request_id = `req-${Date.now()}`;
    const response = nextEvent(socket, 'model_response', () => true, 20_000);
    const ack = socket.emitWithAck('model_start', { message: question, request_id });
    const sse = openEventStream(
      `${two.b.url}/model/token-stream?${new URLSearchParams({ message: question, request_id })}`,
      { headers },
    ).finished;
    const [acked, events, whole] = await Promise.all([ack, sse, response]);
    socket.close();

    const { run_id, thread_id } = MetadataEvent.parse(events[0]?.data);
    expect(acked).toMatchObject({ ok: true, run_id, thread_id });
    expect(whole.run_id).toBe(run_id);
    expect(whole.response).toBe(tokensOf(events));
    const rows = await two.cluster.db.query<{ role: string }>(
      'select role from messages where thread_id = $1 order by position',
      [thread_id],
    );
    expect(rows.rows.map((r) => r.role)).toEqual(['user', 'assistant']);
  }, 30_000);

  it('should pair the two channels across instances by message when there is no request id', async () => {
    const socket = await connectSocket(two.b.url, { token: headers.authorization?.slice(7) ?? '' });
    const message = `which muscles abduct the arm? ${Date.now()}`;
    const ack = socket.emitWithAck('model_start', { message });
    const sse = openEventStream(
      `${two.a.url}/model/token-stream?${new URLSearchParams({ message })}`,
      {
        headers,
      },
    ).finished;
    const [acked, events] = await Promise.all([ack, sse]);
    socket.close();
    const { run_id, thread_id } = MetadataEvent.parse(events[0]?.data);
    expect(acked).toMatchObject({ ok: true, run_id });
    const rows = await two.cluster.db.query('select id from messages where thread_id = $1', [
      thread_id,
    ]);
    expect(rows.rowCount).toBe(2);
  }, 30_000);

  it('should recover a dropped socket on the other instance with the events it missed', async () => {
    const token = headers.authorization?.slice(7) ?? '';
    const first = await startOnA('what does the deltoid do?').finished;
    const { thread_id } = MetadataEvent.parse(first[0]?.data);

    // Connected to A, in the thread's room, having received one broadcast (so it has an offset).
    const socket = await connectSocket(two.a.url, { token });
    const joined = nextEvent(socket, 'thread_history');
    socket.emit('join_thread', { thread_id });
    await joined;
    const before = await openEventStream(
      `${two.a.url}/model/token-stream?${new URLSearchParams({ message: 'and the trapezius?', thread_id })}`,
      { headers },
    ).finished;
    await waitFor(() => (socket as unknown as { _lastOffset?: string })._lastOffset, 'an offset');
    const { _pid: pid, _lastOffset: offset } = socket as unknown as {
      _pid: string;
      _lastOffset: string;
    };
    expect(completeOf(before)).toBeDefined();

    // The connection drops; meanwhile a run in the thread broadcasts its events.
    socket.io.engine.close();
    const missed = await openEventStream(
      `${two.a.url}/model/token-stream?${new URLSearchParams({ message: question, thread_id })}`,
      { headers },
    ).finished;
    const missedIds = completeOf(missed)?.events.map((e) => e.id) ?? [];
    expect(missedIds.length).toBeGreaterThan(0);

    // It comes back through the load balancer on B, with its session id and offset.
    // Missed packets follow the connect at once, so listen before connecting.
    const back: ClientSocket = io(two.b.url, {
      auth: { token, pid, offset },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const replayed = collect(back, 'model_event');
    await waitFor(() => replayed.length >= missedIds.length, 'the missed events', 10_000);
    // A fresh connection would get none of them: these come from the recovered session.
    expect(replayed.map((e) => e.id)).toEqual(missedIds);
    back.close();
    socket.close();
  }, 30_000);

  it('should end the runs of a killed instance as interrupted and lose nothing else', async () => {
    const doomed = await two.cluster.start();
    const earlier = await openEventStream(
      `${doomed.url}/model/token-stream?${new URLSearchParams({ message: 'what does the deltoid do?' })}`,
      { headers },
    ).finished;
    const { thread_id } = MetadataEvent.parse(earlier[0]?.data);

    const stream = openEventStream(
      `${doomed.url}/model/token-stream?${new URLSearchParams({ message: question, thread_id })}`,
      { headers },
    );
    await waitFor(() => tokensOf(stream.received).length > 40, 'part of the answer', 10_000);
    const { run_id, message_id } = MetadataEvent.parse(stream.received[0]?.data);
    const watcher = await connectSocket(two.b.url, {
      token: headers.authorization?.slice(7) ?? '',
    });
    const ended = nextEvent(watcher, 'model_response', (r) => r.run_id === run_id, 20_000);
    watcher.emit('join_thread', { thread_id });
    await new Promise((r) => setTimeout(r, 200));
    doomed.kill();
    stream.source.close();
    const seen = tokensOf(stream.received);

    // The client reconnects through the load balancer and lands on a live instance.
    const rest = await openEventStream(
      `${two.b.url}/model/runs/${run_id}/stream?${new URLSearchParams({ after: stream.received.at(-1)?.id ?? '' })}`,
      { headers },
    ).finished;
    expect(rest.at(-2)).toMatchObject({ event: 'error', data: { code: 'INTERRUPTED' } });
    expect(rest.at(-1)).toMatchObject({ event: 'done', data: { status: 'interrupted' } });
    expect((await ended).status).toBe('interrupted');
    watcher.close();

    const rows = await two.cluster.db.query<{ role: string; status: string; text: string }>(
      'select role, status, text from messages where thread_id = $1 order by position',
      [thread_id],
    );
    expect(rows.rows.map((r) => [r.role, r.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
      ['user', 'complete'],
      ['assistant', 'interrupted'],
    ]);
    expect(rows.rows[1]?.text).toBe(completeOf(earlier)?.response);
    const saved = (await storedAnswer(message_id))?.text ?? '';
    const streamed = seen + tokensOf(rest);
    expect(saved.length).toBeGreaterThan(0);
    expect(streamed.startsWith(saved) || saved.startsWith(streamed)).toBe(true);
  }, 40_000);

  it('should end its own leftover runs when an instance comes back under the same name', async () => {
    // A lease far longer than the test: only the restarted instance itself can end the run.
    const env = { INSTANCE_ID: `fixed-${Date.now()}`, INSTANCE_LEASE_MS: '600000' };
    const first = await two.cluster.start(env);
    const stream = openEventStream(
      `${first.url}/model/token-stream?${new URLSearchParams({ message: question })}`,
      { headers },
    );
    await waitFor(() => tokensOf(stream.received).length > 20, 'part of the answer', 10_000);
    const { run_id, message_id } = MetadataEvent.parse(stream.received[0]?.data);
    first.kill();
    stream.source.close();

    await two.cluster.start(env);
    const rest = await openEventStream(
      `${two.b.url}/model/runs/${run_id}/stream?${new URLSearchParams({ after: stream.received.at(-1)?.id ?? '' })}`,
      { headers },
    ).finished;
    expect(rest.at(-1)).toMatchObject({ event: 'done', data: { status: 'interrupted' } });
    expect((await storedAnswer(message_id))?.status).toBe('interrupted');
  }, 40_000);
});
