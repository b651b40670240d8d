import {
  MAX_MESSAGE_CHARS,
  ModelEvent,
  MessagesList,
  ThreadDeleted,
  ThreadHistory,
  ThreadsList,
  ThreadUpdated,
  type ErrorBody,
  type SceneState,
  type SseMessage,
} from '../../../shared/protocol/index';
import { applyStreamMessage } from '../state/apply-stream-message';
import type { ChatMessage } from '../state/chat-message';
import { newChatMessage } from '../state/new-chat-message';
import type { ActiveRun } from '../state/run-slice';
import { sceneStateOf } from '../state/scene-state-of';
import type { ViewerStore } from '../state/viewer-store';
import type { ClientSocket } from './client-socket';
import type { EventSourceFactory } from './event-source-like';
import { emitWithAck } from './emit-with-ack';
import { createThreadActions } from './thread-actions';
import { openTokenStream, type TokenStream } from './open-token-stream';
import { randomId } from './random-id';
import type { RunSnapshotStore } from './run-snapshot-store';

export interface ChatControllerDeps {
  store: ViewerStore;
  /** Null when running without Socket.IO (tests; the SSE flow still works alone). */
  socket: ClientSocket | null;
  /** Sent as `user_id` (queries and payloads) when known; the session cookie identifies anyway. */
  userId: string | null;
  createEventSource: EventSourceFactory;
  fetch: typeof fetch;
  snapshots: RunSnapshotStore;
  /** Told when the open thread changes, to keep the address bar in step. @default no-op */
  onThreadChange?: (threadId: string | null) => void;
  /** @default Date.now */
  now?: () => number;
}

export interface ChatController {
  /** Resumes an answer a reload interrupted, or opens `threadId` (from the address bar). */
  start: (threadId: string | null) => void;
  send: (text: string) => void;
  cancel: () => void;
  regenerate: () => void;
  /** Tries a failed answer again: regenerates it, or re-sends a message no thread holds yet. */
  retry: (key: string) => void;
  openThread: (threadId: string | null) => void;
  loadOlder: () => Promise<void>;
  refreshThreads: () => void;
  /** Renames a thread (every tab of the user sees it); false when refused. */
  renameThread: (threadId: string, title: string) => Promise<boolean>;
  /** Deletes a thread for good (the picker offers an undo before calling this). */
  deleteThread: (threadId: string) => Promise<boolean>;
  dispose: () => void;
}

const ACK_TIMEOUT_MS = 20_000;
const MAX_REATTACH = 6;
/** Longer scene JSON goes on the socket only; URLs stay well under common limits. */
const MAX_SCENE_QUERY_CHARS = 6000;
const EVENT_ID = /^([A-Za-z0-9_-]{8,64}):(\d{1,9})$/;

const clientError = (code: ErrorBody['code'], message: string, retryable = true): ErrorBody => ({
  code,
  message,
  retryable,
});

/**
 * The chat's client flow (the seed protocol): `model_start` on the socket with a client
 * `request_id`, and the EventSource on `/model/token-stream` with the same id, which the server
 * makes one run. Model events from both channels go through the store's exactly-once reducer.
 * Keeps a snapshot of the streaming answer so a reload resumes it after the last event id.
 */
export const createChatController = (deps: ChatControllerDeps): ChatController => {
  const { store, socket, userId, snapshots } = deps;
  const now = deps.now ?? Date.now;
  const get = store.getState;
  let stream: TokenStream | null = null;
  let reattachTimer: ReturnType<typeof setTimeout> | null = null;
  let reattachAttempts = 0;
  let disposed = false;
  const cleanups: (() => void)[] = [];
  /** Runs this tab streamed itself: their `model_response` needs no history refresh. */
  const streamedRuns = new Set<string>();

  const withUser = (path: string, params: Record<string, string | undefined> = {}) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) query.set(key, value);
    if (userId) query.set('user_id', userId);
    return `${path}?${query.toString()}`;
  };

  const sceneNow = (): SceneState => sceneStateOf(get().scene, get().cameraView);

  const sceneQuery = (scene: SceneState): string | undefined => {
    let text = JSON.stringify(scene);
    if (text.length <= MAX_SCENE_QUERY_CHARS) return text;
    text = JSON.stringify({
      ...scene,
      selection: scene.selection.slice(0, 60),
      isolated: scene.isolated.slice(0, 60),
    });
    return text.length <= MAX_SCENE_QUERY_CHARS ? text : undefined;
  };

  const tokenStreamUrl = (
    run: Pick<ActiveRun, 'text' | 'requestId' | 'threadId'>,
    scene?: SceneState,
  ) =>
    withUser('/model/token-stream', {
      message: run.text ?? '',
      thread_id: run.threadId ?? undefined,
      request_id: run.requestId ?? undefined,
      scene: scene ? sceneQuery(scene) : undefined,
    });

  const runStreamUrl = (runId: string, after: string | null) =>
    withUser(`/model/runs/${encodeURIComponent(runId)}/stream`, { after: after ?? undefined });

  const setThread = (threadId: string | null) => {
    deps.onThreadChange?.(threadId);
  };

  // ---- snapshot ---------------------------------------------------------------------------

  const saveSnapshot = () => {
    const { run, messages } = get();
    if (!run) return;
    const message = messages.find((m) => m.key === run.key);
    const user = run.userKey ? messages.find((m) => m.key === run.userKey) : undefined;
    if (!message) return;
    snapshots.save({
      version: 1,
      requestId: run.requestId,
      runId: run.runId,
      threadId: run.threadId,
      messageId: message.id,
      userMessageId: user?.id ?? null,
      userText: run.text ?? user?.text ?? '',
      lastEventId: run.lastEventId,
      text: message.text,
      thinkingText: message.thinkingText,
      events: message.events,
      offline: message.offline,
      provider: message.provider,
      model: message.model,
      tokenCount: message.tokenCount,
      savedAt: now(),
    });
  };

  // ---- streams ----------------------------------------------------------------------------

  const closeStream = () => {
    stream?.close();
    stream = null;
    if (reattachTimer) clearTimeout(reattachTimer);
    reattachTimer = null;
  };

  const finishRun = (key: string) => {
    const run = get().run;
    if (run?.key !== key) return;
    if (run.runId) streamedRuns.add(run.runId);
    closeStream();
    reattachAttempts = 0;
    get().setRun(null);
    get().setStreamStatus('idle');
    snapshots.clear();
    refreshThreads();
  };

  const failRun = (key: string, error: ErrorBody, status: ChatMessage['status'] = 'failed') => {
    get().updateMessage(key, (m) => ({ ...m, error, status, thinking: false }));
    const run = get().run;
    if (run?.runId) get().flushRunEvents(run.runId);
    finishRun(key);
  };

  const handleMessage = (key: string, sse: SseMessage, id: string) => {
    const run = get().run;
    if (!run || run.key !== key) return;
    const match = EVENT_ID.exec(id);
    if (match && (run.runId === null || match[1] === run.runId || sse.event === 'metadata')) {
      get().patchRun({ lastEventId: id });
    }
    switch (sse.event) {
      case 'metadata': {
        get().patchRun({
          runId: sse.data.run_id,
          threadId: sse.data.thread_id,
          phase: 'streaming',
        });
        if (get().threadId !== sse.data.thread_id) {
          if (get().threadId === null) get().adoptThread(sse.data.thread_id);
          setThread(get().threadId);
          refreshThreads();
        }
        if (run.userKey) {
          get().updateMessage(run.userKey, (m) => ({
            ...m,
            id: sse.data.user_message_id,
            status: 'complete',
          }));
        }
        break;
      }
      case 'event':
        get().applyModelEvent(sse.data);
        break;
      case 'complete':
        for (const event of sse.data.events) get().applyModelEvent(event);
        break;
      case 'done':
        if (sse.data.run_id) get().flushRunEvents(sse.data.run_id);
        break;
      default:
        break;
    }
    get().updateMessage(key, (m) => applyStreamMessage(m, sse, now()));
    if (sse.event === 'done') finishRun(key);
    else saveSnapshot();
  };

  const openStream = (url: string, key: string) => {
    closeStream();
    get().setStreamStatus('connecting');
    stream = openTokenStream(
      url,
      {
        onOpen: () => {
          reattachAttempts = 0;
          get().setStreamStatus('open');
        },
        onMessage: (message, id) => handleMessage(key, message, id),
        onConnectionError: (willRetry) => handleConnectionError(key, willRetry),
      },
      deps.createEventSource,
    );
  };

  const reattach = (key: string) => {
    const run = get().run;
    if (!run || run.key !== key || disposed) return;
    // With the run known, continue after the last event; before that, the same request again
    // (same request_id), which the server pairs with the run it started.
    const url = run.runId
      ? runStreamUrl(run.runId, run.lastEventId)
      : tokenStreamUrl(run, sceneNow());
    openStream(url, key);
  };

  const handleConnectionError = (key: string, willRetry: boolean) => {
    if (get().run?.key !== key) return;
    get().setStreamStatus('reconnecting');
    if (willRetry) return;
    stream = null;
    if (reattachAttempts >= MAX_REATTACH) {
      failRun(
        key,
        clientError('INTERRUPTED', 'Lost the connection to the server. Try again.'),
        'interrupted',
      );
      return;
    }
    const delay = Math.min(8000, 500 * 2 ** reattachAttempts);
    reattachAttempts += 1;
    reattachTimer = setTimeout(() => {
      reattachTimer = null;
      reattach(key);
    }, delay);
  };

  /** Streams a run this tab did not start (another tab's, or one found in history). */
  const followRun = (runId: string, messageId: string | null) => {
    const state = get();
    if (state.run) return;
    const existing = messageId ? state.messages.find((m) => m.id === messageId) : undefined;
    const key = existing?.key ?? `r-${runId}`;
    if (existing) {
      // The stream replays the run from its start: begin from empty so nothing shows twice.
      state.updateMessage(key, (m) => ({
        ...m,
        text: '',
        events: [],
        status: 'streaming',
        thinking: true,
        tokenCount: 0,
      }));
    } else {
      state.addMessages(
        newChatMessage({
          key,
          role: 'assistant',
          id: messageId,
          runId,
          status: 'streaming',
          thinking: true,
        }),
      );
    }
    state.setRun({
      key,
      userKey: null,
      requestId: null,
      runId,
      threadId: state.threadId,
      lastEventId: null,
      phase: 'streaming',
      text: null,
    });
    openStream(runStreamUrl(runId, null), key);
  };

  // ---- history and threads ----------------------------------------------------------------

  const refreshThreads = () => {
    if (socket?.connected) {
      socket.emit('list_threads', { page: 0, limit: 50 });
      return;
    }
    void deps
      .fetch(withUser('/api/threads', { limit: '50' }))
      .then((res) => (res.ok ? res.json() : null))
      .then((body: unknown) => {
        const parsed = ThreadsList.safeParse(body);
        if (parsed.success) get().setThreads(parsed.data.threads);
      })
      .catch(() => undefined);
  };

  const threadActions = createThreadActions({
    socket,
    fetch: deps.fetch,
    url: (path) => withUser(path),
  });
  const retitle = (threadId: string, title: string) =>
    get().setThreads(get().threads.map((t) => (t.id === threadId ? { ...t, title } : t)));
  /** A thread is gone (here or in another tab): off the list, and closed if it was open. */
  const forgetThread = (threadId: string, notice: string | null) => {
    get().setThreads(get().threads.filter((t) => t.id !== threadId));
    if (get().threadId !== threadId) return;
    openThread(null);
    if (notice) get().setNotice({ kind: 'info', text: notice });
  };
  const renameThread = async (threadId: string, title: string) => {
    const previous = get().threads.find((t) => t.id === threadId)?.title;
    retitle(threadId, title);
    const ok = await threadActions.rename(threadId, title);
    if (!ok) {
      if (previous !== undefined) retitle(threadId, previous);
      get().setNotice({ kind: 'error', text: 'The conversation could not be renamed.' });
    }
    return ok;
  };
  const deleteThread = async (threadId: string) => {
    const ok = await threadActions.remove(threadId);
    if (ok) forgetThread(threadId, null);
    else get().setNotice({ kind: 'error', text: 'The conversation could not be deleted.' });
    return ok;
  };

  const applyHistory = (history: ThreadHistory) => {
    if (get().threadId !== history.thread_id) return;
    get().setHistory(history.thread_id, history.messages, history.next_before);
    const active = history.active_run;
    if (active && !get().run) followRun(active.run_id, active.message_id);
  };

  const loadHistory = (threadId: string) => {
    if (socket?.connected) {
      socket.emit('join_thread', { thread_id: threadId });
      return;
    }
    void deps
      .fetch(withUser(`/api/threads/${encodeURIComponent(threadId)}/messages`, { limit: '50' }))
      .then(async (res) => {
        if (res.status === 404) {
          get().setNotice({
            kind: 'error',
            text: 'That conversation was not found. Starting a new one.',
          });
          openThread(null);
          return;
        }
        const parsed = ThreadHistory.safeParse(await res.json());
        if (parsed.success) applyHistory(parsed.data);
        else get().setHistoryStatus('error');
      })
      .catch(() => get().setHistoryStatus('error'));
  };

  const openThread = (threadId: string | null) => {
    const state = get();
    if (state.threadId === threadId && threadId !== null) return;
    if (state.run) {
      // The answer goes on on the server; this tab just stops following it.
      closeStream();
      state.setRun(null);
      state.setStreamStatus('idle');
      snapshots.clear();
    }
    state.openThread(threadId);
    setThread(threadId);
    if (threadId) loadHistory(threadId);
  };

  const loadOlder = async () => {
    const { threadId, historyBefore } = get();
    if (!threadId || !historyBefore) return;
    try {
      const res = await deps.fetch(
        withUser(`/api/threads/${encodeURIComponent(threadId)}/messages`, {
          before: historyBefore,
          limit: '50',
        }),
      );
      const parsed = ThreadHistory.safeParse(await res.json());
      if (parsed.success)
        get().prependHistory(threadId, parsed.data.messages, parsed.data.next_before);
    } catch {
      get().setNotice({ kind: 'error', text: 'Could not load older messages.' });
    }
  };

  // ---- sending ----------------------------------------------------------------------------

  const send = (text: string) => {
    const message = text.trim();
    const state = get();
    if (!message || state.run) return;
    if (message.length > MAX_MESSAGE_CHARS) {
      state.setNotice({
        kind: 'error',
        text: `Messages can be at most ${MAX_MESSAGE_CHARS} characters.`,
      });
      return;
    }
    const requestId = randomId();
    const userKey = `u-${requestId}`;
    const key = `a-${requestId}`;
    state.setNotice(null);
    state.addMessages(
      newChatMessage({ key: userKey, role: 'user', text: message, status: 'sending' }),
      newChatMessage({ key, role: 'assistant', status: 'streaming', thinking: true }),
    );
    const run: ActiveRun = {
      key,
      userKey,
      requestId,
      runId: null,
      threadId: state.threadId,
      lastEventId: null,
      phase: 'starting',
      text: message,
    };
    state.setRun(run);
    const scene = sceneNow();
    if (socket?.connected) {
      const payload = {
        message,
        thread_id: run.threadId ?? undefined,
        user_id: userId ?? undefined,
        request_id: requestId,
        scene,
      };
      emitWithAck(socket, 'model_start', payload, ACK_TIMEOUT_MS).then(
        (response) => {
          // The stream reports failures itself; the ack only tells the run id early.
          const current = get().run;
          if (response.ok && current?.key === key && current.runId === null)
            get().patchRun({ runId: response.run_id });
        },
        () => undefined,
      );
    }
    openStream(tokenStreamUrl(run, scene), key);
    saveSnapshot();
  };

  const cancel = () => {
    const run = get().run;
    if (!run || run.phase === 'cancelling') return;
    get().patchRun({ phase: 'cancelling' });
    const viaHttp = () => {
      const current = get().run;
      if (!current?.runId) return;
      void deps
        .fetch(withUser(`/model/runs/${encodeURIComponent(current.runId)}/cancel`), {
          method: 'POST',
        })
        .catch(() => undefined);
    };
    if (!run.runId && !run.threadId) {
      // Nothing is known about the run yet: stop showing it; the stream's `metadata` would name it.
      failRun(run.key, clientError('cancelled', 'The answer was stopped.', false), 'cancelled');
      return;
    }
    if (socket?.connected) {
      const payload = run.runId ? { run_id: run.runId } : { thread_id: run.threadId ?? undefined };
      emitWithAck(socket, 'model_cancel', payload, ACK_TIMEOUT_MS).then(
        (response) => (response.ok ? undefined : viaHttp()),
        viaHttp,
      );
    } else {
      viaHttp();
    }
  };

  const regenerate = () => {
    const state = get();
    const threadId = state.threadId;
    if (state.run || !threadId) return;
    if (!socket?.connected) {
      state.setNotice({
        kind: 'error',
        text: 'Reconnecting to the server; try again in a moment.',
      });
      return;
    }
    const last = state.messages.at(-1);
    if (last?.role === 'assistant') state.removeMessage(last.key);
    const key = `a-${randomId()}`;
    state.addMessages(
      newChatMessage({ key, role: 'assistant', status: 'streaming', thinking: true }),
    );
    state.setRun({
      key,
      userKey: null,
      requestId: null,
      runId: null,
      threadId,
      lastEventId: null,
      phase: 'starting',
      text: null,
    });
    emitWithAck(
      socket,
      'model_regenerate',
      { thread_id: threadId, user_id: userId ?? undefined, scene: sceneNow() },
      ACK_TIMEOUT_MS,
    ).then(
      (response) => {
        if (get().run?.key !== key) return;
        if (!response.ok) return failRun(key, response.error);
        get().patchRun({ runId: response.run_id });
        openStream(runStreamUrl(response.run_id, null), key);
      },
      () => {
        if (get().run?.key === key)
          failRun(key, clientError('INTERNAL', 'The server did not answer. Try again.'));
      },
    );
  };

  const retry = (key: string) => {
    const state = get();
    if (state.run) return;
    const index = state.messages.findIndex((m) => m.key === key);
    const failed = state.messages[index];
    if (!failed) return;
    const previous = state.messages[index - 1];
    const userSaved =
      previous?.role === 'user' && previous.id !== null && previous.status !== 'sending';
    if (state.threadId && userSaved && index === state.messages.length - 1 && socket?.connected) {
      regenerate();
      return;
    }
    if (previous?.role === 'user') {
      state.removeMessage(failed.key);
      state.removeMessage(previous.key);
      send(previous.text);
    }
  };

  // ---- resume -----------------------------------------------------------------------------

  const resume = (): boolean => {
    const snapshot = snapshots.load();
    if (!snapshot) return false;
    const state = get();
    state.openThread(snapshot.threadId);
    setThread(snapshot.threadId);
    const userKey = `u-${snapshot.requestId ?? snapshot.userMessageId ?? randomId()}`;
    const key = `a-${snapshot.requestId ?? snapshot.messageId ?? randomId()}`;
    const userMessage = snapshot.userText
      ? [
          newChatMessage({
            key: userKey,
            role: 'user',
            id: snapshot.userMessageId,
            text: snapshot.userText,
            status: snapshot.userMessageId ? 'complete' : 'sending',
          }),
        ]
      : [];
    state.addMessages(
      ...userMessage,
      newChatMessage({
        key,
        role: 'assistant',
        id: snapshot.messageId,
        runId: snapshot.runId,
        text: snapshot.text,
        thinkingText: snapshot.thinkingText,
        thinking: snapshot.text === '',
        events: snapshot.events,
        offline: snapshot.offline,
        provider: snapshot.provider,
        model: snapshot.model,
        tokenCount: snapshot.tokenCount,
        status: 'streaming',
      }),
    );
    for (const event of snapshot.events) state.applyModelEvent(event);
    state.setRun({
      key,
      userKey: userMessage.length > 0 ? userKey : null,
      requestId: snapshot.requestId,
      runId: snapshot.runId,
      threadId: snapshot.threadId,
      lastEventId: snapshot.lastEventId,
      phase: 'streaming',
      text: snapshot.userText || null,
    });
    reattach(key);
    if (snapshot.threadId) loadHistory(snapshot.threadId);
    return true;
  };

  // ---- socket -----------------------------------------------------------------------------

  const wireSocket = (s: ClientSocket) => {
    const onConnect = () => {
      get().setSocketStatus('online');
      const threadId = get().threadId;
      // Back in the thread's room after a reconnect; the history also catches up what was missed.
      if (threadId) s.emit('join_thread', { thread_id: threadId });
      s.emit('list_threads', { page: 0, limit: 50 });
    };
    const onDisconnect = () => get().setSocketStatus('offline');
    const onModelEvent = (data: unknown) => {
      const parsed = ModelEvent.safeParse(data);
      if (!parsed.success) return;
      const event = parsed.data;
      get().applyModelEvent(event);
      const { run, threadId, messages } = get();
      // Another tab's run in this thread: stream its text too.
      if (
        !run &&
        threadId &&
        !streamedRuns.has(event.runId) &&
        !messages.some((m) => m.runId === event.runId)
      ) {
        followRun(event.runId, null);
      }
    };
    const onThreadsList = (data: unknown) => {
      const parsed = ThreadsList.safeParse(data);
      if (parsed.success) get().setThreads(parsed.data.threads);
    };
    const onThreadHistory = (data: unknown) => {
      const parsed = ThreadHistory.safeParse(data);
      if (parsed.success) applyHistory(parsed.data);
    };
    const onMessagesList = (data: unknown) => {
      const parsed = MessagesList.safeParse(data);
      if (parsed.success)
        get().setHistory(parsed.data.thread_id, parsed.data.messages, parsed.data.next_before);
    };
    const onModelResponse = (response: { thread_id: string; run_id: string }) => {
      const { run, threadId } = get();
      // A run this tab did not stream ended: take the thread's messages as stored.
      if (
        threadId === response.thread_id &&
        run?.runId !== response.run_id &&
        !streamedRuns.has(response.run_id)
      ) {
        s.emit('list_messages', { thread_id: threadId, limit: 50 });
      }
    };
    const onRunStarted = (started: {
      thread_id: string;
      run_id: string;
      message_id: string;
      text: string;
    }) => {
      const { run, threadId, messages } = get();
      if (threadId !== started.thread_id) return;
      if (
        run &&
        (run.runId === started.run_id || (run.runId === null && run.text === started.text))
      )
        return;
      if (!run && !messages.some((m) => m.runId === started.run_id)) {
        get().addMessages(
          newChatMessage({ key: `u-${started.run_id}`, role: 'user', text: started.text }),
        );
        followRun(started.run_id, started.message_id);
      }
    };
    const onError = (error: ErrorBody) => {
      if (error.request === 'join_thread' && error.code === 'THREAD_NOT_FOUND') {
        get().setNotice({
          kind: 'error',
          text: 'That conversation was not found. Starting a new one.',
        });
        openThread(null);
        return;
      }
      // Run errors reach the message through the stream; the rest are shown once.
      if (
        error.request === 'model_start' ||
        error.request === 'model_regenerate' ||
        error.request === 'model_cancel'
      )
        return;
      get().setNotice({ kind: 'error', text: error.message });
    };
    const onThreadUpdated = (data: unknown) => {
      const parsed = ThreadUpdated.safeParse(data);
      if (parsed.success) retitle(parsed.data.thread_id, parsed.data.title);
    };
    const onThreadDeleted = (data: unknown) => {
      const parsed = ThreadDeleted.safeParse(data);
      if (parsed.success)
        forgetThread(parsed.data.thread_id, 'This conversation was deleted in another tab.');
    };
    const onSaved = (saved: { stored: 'database' | 'failed'; error?: string | undefined }) => {
      if (saved.stored === 'failed')
        get().setNotice({ kind: 'error', text: saved.error ?? 'Your message could not be saved.' });
    };

    s.on('connect', onConnect);
    s.on('disconnect', onDisconnect);
    s.on('connect_error', onDisconnect);
    s.on('model_event', onModelEvent);
    s.on('threads_list', onThreadsList);
    s.on('thread_history', onThreadHistory);
    s.on('messages_list', onMessagesList);
    s.on('model_response', onModelResponse);
    s.on('run_started', onRunStarted);
    s.on('error', onError);
    s.on('message_saved', onSaved);
    s.on('thread_updated', onThreadUpdated);
    s.on('thread_deleted', onThreadDeleted);
    if (s.connected) onConnect();
    cleanups.push(() => {
      s.off('connect', onConnect);
      s.off('disconnect', onDisconnect);
      s.off('connect_error', onDisconnect);
      s.off('model_event', onModelEvent);
      s.off('threads_list', onThreadsList);
      s.off('thread_history', onThreadHistory);
      s.off('messages_list', onMessagesList);
      s.off('model_response', onModelResponse);
      s.off('run_started', onRunStarted);
      s.off('error', onError);
      s.off('message_saved', onSaved);
      s.off('thread_updated', onThreadUpdated);
      s.off('thread_deleted', onThreadDeleted);
    });
  };

  return {
    start: (threadId) => {
      if (socket) wireSocket(socket);
      else get().setSocketStatus('offline');
      const snapshot = snapshots.load();
      const resumed =
        snapshot && (threadId === null || threadId === snapshot.threadId) ? resume() : false;
      if (!resumed) {
        if (snapshot) snapshots.clear();
        if (threadId) openThread(threadId);
      }
      if (!socket?.connected) refreshThreads();
    },
    send,
    cancel,
    regenerate,
    retry,
    openThread,
    loadOlder,
    refreshThreads,
    renameThread,
    deleteThread,
    dispose: () => {
      disposed = true;
      closeStream();
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
};
