import type { ErrorBody, SseMessage } from '#shared/protocol/index';
import type { EventSourceFactory } from '../net/event-source-like';
import { createRunStream } from '../net/run-stream';
import { applyStreamMessage } from '../state/apply-stream-message';
import type { ChatMessage } from '../state/chat-message';
import { newChatMessage } from '../state/new-chat-message';
import { afterStreamMessage, followedRun } from './active-run';
import { clientError } from './client-error';
import { currentScene } from './current-scene';
import { enterModelEvents } from './enter-model-events';
import type { SessionContext } from './session-context';
import type { SnapshotSaver } from './snapshot-saver';

export interface RunSession {
  /** Streams `url` into the store's run `key` (closing any stream before). */
  stream: (url: string, key: string) => void;
  /** Opens the store's run again where it stopped: after its last event, or the same request. */
  reattach: (key: string) => void;
  /** Streams a run this tab did not start (another tab's, or one found in history). */
  follow: (runId: string, messageId: string | null) => void;
  /** Ends the run `key` with `error` on its message. */
  fail: (key: string, error: ErrorBody, status?: ChatMessage['status']) => void;
  /** Stops following the run in this tab; it goes on on the server. */
  detach: () => void;
  /** Whether this tab streamed the run itself (its end needs no history refresh). */
  streamedHere: (runId: string) => boolean;
  dispose: () => void;
}

/**
 * The run state machine: one active run at a time, fed by its stream. Stream messages update the
 * run and its message; `done` ends it; losing the connection for good fails it as interrupted.
 */
export const createRunSession = (
  ctx: SessionContext,
  deps: {
    createEventSource: EventSourceFactory;
    saver: SnapshotSaver;
    refreshThreads: () => void;
  },
): RunSession => {
  const { store, urls } = ctx;
  const { saver } = deps;
  const get = store.getState;
  const streamedRuns = new Set<string>();
  const isCurrent = (key: string) => get().run?.key === key;

  const finish = (key: string) => {
    const run = get().run;
    if (run?.key !== key) return;
    if (run.runId) streamedRuns.add(run.runId);
    detach();
    deps.refreshThreads();
  };

  const fail: RunSession['fail'] = (key, error, status = 'failed') => {
    get().updateMessage(key, (m) => ({ ...m, error, status, thinking: false }));
    const runId = get().run?.runId;
    if (runId) get().flushRunEvents(runId);
    finish(key);
  };

  const adoptThread = (threadId: string) => {
    if (get().threadId === threadId) return;
    if (get().threadId === null) get().adoptThread(threadId);
    ctx.onThreadChange(get().threadId);
    deps.refreshThreads();
  };

  // With the run known, continue after the last event; before that, the same request again
  // (same request_id), which the server pairs with the run it started.
  const reattachUrl = (key: string): string | null => {
    const run = get().run;
    if (run?.key !== key) return null;
    if (run.runId) return urls.runStream(run.runId, run.lastEventId);
    return urls.tokenStream(run, currentScene(store));
  };

  const onMessage = (key: string, sse: SseMessage, id: string) => {
    const run = get().run;
    if (!run || run.key !== key) return;
    get().setRun(afterStreamMessage(run, sse, id));
    if (sse.event === 'metadata') {
      adoptThread(sse.data.thread_id);
      const userMessageId = sse.data.user_message_id;
      if (run.userKey)
        get().updateMessage(run.userKey, (m) => ({ ...m, id: userMessageId, status: 'complete' }));
    }
    if (sse.event === 'event') enterModelEvents(store, [sse.data]);
    if (sse.event === 'complete') enterModelEvents(store, sse.data.events);
    if (sse.event === 'done' && sse.data.run_id) get().flushRunEvents(sse.data.run_id);
    get().updateMessage(key, (m) => applyStreamMessage(m, sse, ctx.now()));
    if (sse.event === 'done') finish(key);
    else saver.schedule();
  };

  const stream = createRunStream(deps.createEventSource, {
    onMessage,
    onStatus: (status) => get().setStreamStatus(status),
    isCurrent,
    reattachUrl,
    onLost: (key) =>
      fail(
        key,
        clientError('INTERRUPTED', 'Lost the connection to the server. Try again.'),
        'interrupted',
      ),
  });

  const detach = () => {
    stream.close();
    if (get().run) get().setRun(null);
    get().setStreamStatus('idle');
    saver.clear();
  };

  const follow: RunSession['follow'] = (runId, messageId) => {
    const state = get();
    if (state.run) return;
    const existing = messageId ? state.messages.find((m) => m.id === messageId) : undefined;
    const key = existing?.key ?? `r-${runId}`;
    const streaming = { status: 'streaming', thinking: true } as const;
    if (existing) {
      // The stream replays the run from its start: begin from empty so nothing shows twice.
      state.updateMessage(key, (m) => ({
        ...m,
        ...streaming,
        text: '',
        events: [],
        tokenCount: 0,
      }));
    } else {
      state.addMessages(
        newChatMessage({ key, role: 'assistant', id: messageId, runId, ...streaming }),
      );
    }
    state.setRun(followedRun(key, runId, state.threadId));
    stream.open(urls.runStream(runId, null), key);
  };

  return {
    stream: stream.open,
    reattach: (key) => {
      const url = reattachUrl(key);
      if (url) stream.open(url, key);
    },
    follow,
    fail,
    detach,
    streamedHere: (runId) => streamedRuns.has(runId),
    dispose: () => stream.close(),
  };
};
