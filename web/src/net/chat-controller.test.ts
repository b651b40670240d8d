import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelEvent } from '../../../shared/protocol/index';
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
});
