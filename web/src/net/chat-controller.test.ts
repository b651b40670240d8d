import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelEvent, StoredMessage } from '#shared/protocol/index';
import { MAX_REATTACH } from './run-stream';
import { createViewerStore, type ViewerStore } from '../state/viewer-store';
import { FakeEventSource } from '../test-support/fake-event-source';
import { FakeSocket } from '../test-support/fake-socket';
import { createChatController, type ChatController } from './chat-controller';
import type { RunSnapshot } from '../session/run-snapshot';
import type { RunSnapshotStore } from '../session/run-snapshot-store';

const RUN = 'run-0123456789';

const memorySnapshots = (initial: RunSnapshot | null = null) => {
  let value = initial;
  const store: RunSnapshotStore & { current: () => RunSnapshot | null } = {
    load: () => value,
    save: (snapshot) => {
      value = snapshot;
    },
    clear: () => {
      value = null;
    },
    current: () => value,
  };
  return store;
};

const metadata = {
  thread_id: 'thread-1',
  run_id: RUN,
  user_message_id: 'um-1',
  message_id: 'am-1',
  provider: 'scripted',
  model: 'x',
  offline: false,
  protocol_version: '1.0',
};
const stored = (id: string, role: 'user' | 'assistant', text: string): StoredMessage => ({
  id,
  thread_id: 'thread-1',
  role,
  text,
  events: [],
  status: 'complete',
  run_id: null,
  provider: null,
  model: null,
  usage: null,
  error: null,
  created_at: '2026-01-01T00:00:00.000Z',
});
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const failed = { code: 'AGENT_FAILED', message: 'The model failed.', retryable: true };

const selectEvent: ModelEvent = {
  id: `${RUN}-0`,
  runId: RUN,
  seq: 0,
  type: 'model:selectMuscles',
  payload: { muscleIds: ['biceps-brachii'], side: 'both', mode: 'replace' },
};
const cameraEvent: ModelEvent = {
  id: `${RUN}-1`,
  runId: RUN,
  seq: 1,
  type: 'model:setCameraView',
  payload: { view: 'anterior', durationMs: 900 },
};

describe('createChatController', () => {
  let store: ViewerStore;
  let sources: FakeEventSource[];
  let controller: ChatController;
  let fetchMock: ReturnType<typeof vi.fn>;
  const last = () => sources.at(-1) as FakeEventSource;
  const make = (
    options: {
      socket?: FakeSocket | null;
      snapshots?: RunSnapshotStore;
      userId?: string | null;
    } = {},
  ) => {
    controller = createChatController({
      store,
      socket: options.socket?.asClient() ?? null,
      userId: options.userId === undefined ? 'g_user' : options.userId,
      createEventSource: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
      fetch: fetchMock as unknown as typeof fetch,
      snapshots: options.snapshots ?? memorySnapshots(),
      now: () => 1000,
    });
    return controller;
  };

  beforeEach(() => {
    store = createViewerStore();
    sources = [];
    fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ threads: [], page: 0, limit: 50, has_more: false })),
    );
  });
  afterEach(() => {
    controller?.dispose();
    vi.useRealTimers();
  });

  it('should send over SSE with a request id, stream tokens and apply model events', () => {
    vi.useFakeTimers();
    const snapshots = memorySnapshots();
    make({ snapshots }).start(null);
    controller.send('show me the biceps');
    const url = new URL(last().url, 'http://x');
    expect(url.pathname).toBe('/model/token-stream');
    expect(url.searchParams.get('message')).toBe('show me the biceps');
    expect(url.searchParams.get('user_id')).toBe('g_user');
    expect(url.searchParams.get('request_id')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.parse(url.searchParams.get('scene') ?? '{}')).toMatchObject({
      selection: [],
      view: 'anterior',
      xray: false,
    });

    last().emit('metadata', metadata, `${RUN}:0`);
    last().emit('token', { content: 'The biceps ' }, `${RUN}:1`);
    last().emit('event', selectEvent, `${RUN}:2`);
    // The snapshot is written at most every 500 ms while the answer streams.
    vi.advanceTimersByTime(500);
    expect(snapshots.current()).toMatchObject({
      runId: RUN,
      lastEventId: `${RUN}:2`,
      text: 'The biceps ',
      threadId: 'thread-1',
    });
    last().emit('token', { content: 'flexes.' }, `${RUN}:3`);
    last().emit('done', { run_id: RUN, status: 'complete' }, `${RUN}:4`);

    const state = store.getState();
    expect(state.messages.map((m) => [m.role, m.text, m.status, m.id])).toEqual([
      ['user', 'show me the biceps', 'complete', 'um-1'],
      ['assistant', 'The biceps flexes.', 'complete', 'am-1'],
    ]);
    expect(Object.keys(state.scene.selection)).toEqual(['biceps-brachii']);
    expect(state.threadId).toBe('thread-1');
    expect(state.run).toBeNull();
    expect(last().closed).toBe(true);
    expect(snapshots.current()).toBeNull();
  });

  it('should emit model_start with the same request id as the EventSource', async () => {
    const socket = new FakeSocket();
    socket.acks.set('model_start', () => ({ ok: true, run_id: RUN, thread_id: 'thread-1' }));
    make({ socket }).start(null);
    controller.send('hello');
    const start = socket.emitted.find((e) => e.event === 'model_start')?.payload as {
      request_id: string;
      message: string;
      scene: unknown;
    };
    expect(start.message).toBe('hello');
    expect(new URL(last().url, 'http://x').searchParams.get('request_id')).toBe(start.request_id);
    await vi.waitFor(() => expect(store.getState().run?.runId).toBe(RUN));
  });

  it('should apply a model event once when both channels deliver it', () => {
    const socket = new FakeSocket();
    make({ socket }).start(null);
    controller.send('show me the biceps');
    last().emit('metadata', metadata, `${RUN}:0`);
    socket.receive('model_event', cameraEvent);
    socket.receive('model_event', selectEvent);
    expect(store.getState().scene.camera.seq).toBe(1);
    last().emit('event', selectEvent, `${RUN}:1`);
    last().emit('event', cameraEvent, `${RUN}:2`);
    const { scene } = store.getState();
    expect(scene.camera.seq).toBe(1);
    expect(Object.keys(scene.selection)).toEqual(['biceps-brachii']);
  });

  it('should resume an answer after a reload from its snapshot, after the last event id', () => {
    const snapshots = memorySnapshots({
      version: 1,
      requestId: 'req-1',
      runId: RUN,
      threadId: 'thread-1',
      messageId: 'am-1',
      userMessageId: 'um-1',
      userText: 'tell me',
      lastEventId: `${RUN}:7`,
      text: 'Half of the ',
      thinkingText: '',
      events: [selectEvent],
      offline: false,
      provider: 'scripted',
      model: 'x',
      tokenCount: 3,
      savedAt: 1000,
    });
    make({ snapshots }).start(null);
    const url = new URL(last().url, 'http://x');
    expect(url.pathname).toBe(`/model/runs/${RUN}/stream`);
    expect(url.searchParams.get('after')).toBe(`${RUN}:7`);
    expect(Object.keys(store.getState().scene.selection)).toEqual(['biceps-brachii']);
    last().emit('token', { content: 'answer.' }, `${RUN}:8`);
    last().emit('done', { run_id: RUN, status: 'complete' }, `${RUN}:9`);
    expect(store.getState().messages.map((m) => m.text)).toEqual([
      'tell me',
      'Half of the answer.',
    ]);
  });

  it('should reattach after the last event id when the connection fails for good', () => {
    vi.useFakeTimers();
    make().start(null);
    controller.send('hello');
    last().emit('metadata', metadata, `${RUN}:0`);
    last().emit('token', { content: 'Hel' }, `${RUN}:1`);
    last().readyState = 2;
    last().emit('error');
    expect(store.getState().connection.stream).toBe('reconnecting');
    vi.advanceTimersByTime(600);
    const url = new URL(last().url, 'http://x');
    expect(sources).toHaveLength(2);
    expect(url.pathname).toBe(`/model/runs/${RUN}/stream`);
    expect(url.searchParams.get('after')).toBe(`${RUN}:1`);
    last().emit('token', { content: 'lo' }, `${RUN}:2`);
    expect(store.getState().messages.at(-1)?.text).toBe('Hello');
  });

  it('should follow a run another tab started in this thread', () => {
    const socket = new FakeSocket();
    make({ socket }).start('thread-1');
    expect(socket.emitted.some((e) => e.event === 'join_thread')).toBe(true);
    socket.receive('model_event', selectEvent);
    expect(new URL(last().url, 'http://x').pathname).toBe(`/model/runs/${RUN}/stream`);
    last().emit('metadata', metadata, `${RUN}:0`);
    last().emit('token', { content: 'Following.' }, `${RUN}:1`);
    expect(store.getState().messages.at(-1)).toMatchObject({
      role: 'assistant',
      text: 'Following.',
      status: 'streaming',
    });
  });

  it('should cancel over the socket and show the answer as stopped', async () => {
    const socket = new FakeSocket();
    socket.acks.set('model_cancel', () => ({ ok: true, run_id: RUN }));
    make({ socket }).start(null);
    controller.send('long answer');
    last().emit('metadata', metadata, `${RUN}:0`);
    controller.cancel();
    expect(store.getState().run?.phase).toBe('cancelling');
    expect(socket.emitted.find((e) => e.event === 'model_cancel')?.payload).toEqual({
      run_id: RUN,
    });
    last().emit(
      'error',
      { code: 'cancelled', message: 'The answer was stopped.', retryable: false },
      `${RUN}:1`,
    );
    last().emit('done', { run_id: RUN, status: 'cancelled' }, `${RUN}:2`);
    expect(store.getState().messages.at(-1)?.status).toBe('cancelled');
    expect(store.getState().run).toBeNull();
  });

  it('should regenerate through the socket and attach to the new run', async () => {
    const socket = new FakeSocket();
    socket.acks.set('model_regenerate', () => ({
      ok: true,
      run_id: 'run-regenerated',
      thread_id: 'thread-1',
    }));
    make({ socket }).start(null);
    controller.send('hello');
    last().emit('metadata', metadata, `${RUN}:0`);
    last().emit('done', { run_id: RUN, status: 'complete' }, `${RUN}:1`);
    controller.regenerate();
    await vi.waitFor(() =>
      expect(new URL(last().url, 'http://x').pathname).toBe('/model/runs/run-regenerated/stream'),
    );
    expect(store.getState().messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('should leave user_id out when the session cookie alone identifies the user', () => {
    make({ userId: null }).start(null);
    controller.send('hello');
    expect(new URL(last().url, 'http://x').searchParams.has('user_id')).toBe(false);
  });
  it('should re-send a failed message that no thread holds yet when asked to retry', () => {
    make().start(null);
    controller.send('hello');
    const firstRequest = new URL(last().url, 'http://x').searchParams.get('request_id');
    last().emit('error', failed, 'none:0');
    last().emit('done', { run_id: null, status: 'failed' }, 'none:1');
    const answer = store.getState().messages.at(-1);
    expect(answer?.status).toBe('failed');

    controller.retry(answer?.key ?? '');
    const url = new URL(last().url, 'http://x');
    expect(sources).toHaveLength(2);
    expect(url.searchParams.get('message')).toBe('hello');
    expect(url.searchParams.get('request_id')).not.toBe(firstRequest);
    expect(store.getState().messages.map((m) => [m.role, m.status])).toEqual([
      ['user', 'sending'],
      ['assistant', 'streaming'],
    ]);
  });

  it('should regenerate on retry when the failed answer follows a saved message', async () => {
    const socket = new FakeSocket();
    socket.acks.set('model_regenerate', () => ({
      ok: true,
      run_id: 'run-retried-0001',
      thread_id: 'thread-1',
    }));
    make({ socket }).start(null);
    controller.send('hello');
    last().emit('metadata', metadata, `${RUN}:0`);
    last().emit('error', failed, `${RUN}:1`);
    last().emit('done', { run_id: RUN, status: 'failed' }, `${RUN}:2`);
    controller.retry(store.getState().messages.at(-1)?.key ?? '');
    expect(socket.emitted.find((e) => e.event === 'model_regenerate')?.payload).toMatchObject({
      thread_id: 'thread-1',
    });
    await vi.waitFor(() =>
      expect(new URL(last().url, 'http://x').pathname).toBe('/model/runs/run-retried-0001/stream'),
    );
    expect(store.getState().messages.map((m) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'streaming'],
    ]);
  });

  it('should cancel over HTTP when the socket refuses the cancel', async () => {
    const socket = new FakeSocket();
    socket.acks.set('model_cancel', () => ({ ok: false, error: failed }));
    make({ socket }).start(null);
    controller.send('long answer');
    last().emit('metadata', metadata, `${RUN}:0`);
    controller.cancel();
    await vi.waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(`/model/runs/${RUN}/cancel?user_id=g_user`, {
        method: 'POST',
      }),
    );
  });

  it('should cancel over HTTP when there is no socket', () => {
    make().start(null);
    controller.send('long answer');
    last().emit('metadata', metadata, `${RUN}:0`);
    controller.cancel();
    expect(store.getState().run?.phase).toBe('cancelling');
    expect(fetchMock).toHaveBeenCalledWith(`/model/runs/${RUN}/cancel?user_id=g_user`, {
      method: 'POST',
    });
  });

  it('should load older messages before the ones shown', async () => {
    fetchMock.mockImplementation(async (input: string) => {
      const url = new URL(input, 'http://x');
      if (url.pathname !== '/api/threads/thread-1/messages')
        return json({ threads: [], page: 0, limit: 50, has_more: false });
      if (url.searchParams.get('before') === 'm-3')
        return json({
          thread_id: 'thread-1',
          messages: [stored('m-1', 'user', 'first'), stored('m-2', 'assistant', 'answer one')],
          next_before: null,
          active_run: null,
        });
      return json({
        thread_id: 'thread-1',
        messages: [stored('m-3', 'user', 'second'), stored('m-4', 'assistant', 'answer two')],
        next_before: 'm-3',
        active_run: null,
      });
    });
    make().start('thread-1');
    await vi.waitFor(() => expect(store.getState().historyBefore).toBe('m-3'));
    await controller.loadOlder();
    expect(store.getState().messages.map((m) => m.text)).toEqual([
      'first',
      'answer one',
      'second',
      'answer two',
    ]);
    expect(store.getState().historyBefore).toBeNull();
  });

  it('should tell the user when older messages cannot be loaded', async () => {
    make().start('thread-1');
    store.getState().setHistory('thread-1', [stored('m-3', 'user', 'second')], 'm-3');
    fetchMock.mockRejectedValue(new TypeError('network down'));
    await controller.loadOlder();
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: 'Could not load older messages.',
    });
  });

  it('should start a new conversation when the thread asked for is not found', async () => {
    const threadChanges: (string | null)[] = [];
    fetchMock.mockImplementation(async (input: string) =>
      new URL(input, 'http://x').pathname.startsWith('/api/threads/')
        ? json({ code: 'THREAD_NOT_FOUND', message: 'no', retryable: false }, 404)
        : json({ threads: [], page: 0, limit: 50, has_more: false }),
    );
    controller = createChatController({
      store,
      socket: null,
      userId: null,
      createEventSource: (url) => new FakeEventSource(url),
      fetch: fetchMock as unknown as typeof fetch,
      snapshots: memorySnapshots(),
      onThreadChange: (threadId) => threadChanges.push(threadId),
    });
    controller.start('thread-gone');
    await vi.waitFor(() => expect(store.getState().threadId).toBeNull());
    expect(threadChanges).toEqual(['thread-gone', null]);
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: 'That conversation was not found. Starting a new one.',
    });
  });

  it('should show the answer as interrupted once reattaching failed too often', () => {
    vi.useFakeTimers();
    make().start(null);
    controller.send('hello');
    last().emit('metadata', metadata, `${RUN}:0`);
    last().emit('token', { content: 'Hel' }, `${RUN}:1`);
    for (let attempt = 0; attempt <= MAX_REATTACH; attempt += 1) {
      last().readyState = 2;
      last().emit('error');
      vi.advanceTimersByTime(10_000);
    }
    expect(sources).toHaveLength(MAX_REATTACH + 1);
    const answer = store.getState().messages.at(-1);
    expect(answer?.status).toBe('interrupted');
    expect(answer?.error?.code).toBe('INTERRUPTED');
    expect(store.getState().run).toBeNull();
    expect(store.getState().connection.stream).toBe('idle');
  });

  it('should know its own run from run_started by its request id', () => {
    const socket = new FakeSocket();
    make({ socket }).start('thread-1');
    controller.send('same words');
    const requestId = new URL(last().url, 'http://x').searchParams.get('request_id') ?? '';
    const started = {
      thread_id: 'thread-1',
      user_message_id: 'um-9',
      message_id: 'am-9',
      text: 'same words',
    };
    // Another tab sent the same words at the same moment: not this tab's run.
    socket.receive('run_started', { ...started, run_id: 'run-other-tab', request_id: 'req-x' });
    expect(store.getState().run?.runId).toBeNull();
    socket.receive('run_started', { ...started, run_id: RUN, request_id: requestId });
    expect(store.getState().run?.runId).toBe(RUN);
    expect(store.getState().messages).toHaveLength(2);
  });

  it('should ignore a socket payload that is not valid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const socket = new FakeSocket();
    make({ socket }).start('thread-1');
    socket.receive('model_event', { ...selectEvent, payload: { muscleIds: 'biceps' } });
    socket.receive('threads_list', { threads: 'none' });
    expect(store.getState().scene.selection).toEqual({});
    expect(store.getState().threadsLoaded).toBe(false);
    expect(sources).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
