import type { RunSnapshotStore } from '../session/run-snapshot-store';
import { createRunCommands } from '../session/run-commands';
import { createRunSession } from '../session/run-session';
import { resumeRun } from '../session/resume-run';
import { listenToServer } from '../session/server-payloads';
import { sessionHandlers } from '../session/session-handlers';
import type { SessionContext } from '../session/session-context';
import { createSnapshotSaver, type PageLifecycle } from '../session/snapshot-saver';
import { createTabFollower } from '../session/follow-other-tabs';
import { createThreadSync } from '../session/thread-sync';
import type { ViewerStore } from '../state/viewer-store';
import { createChatUrls } from './chat-urls';
import type { ClientSocket } from './client-socket';
import type { EventSourceFactory } from './event-source-like';

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
  /** Where `pagehide` saves the streaming answer (the window). @default null */
  page?: PageLifecycle;
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

/**
 * The chat, assembled: the run session (stream and state machine), the user's commands, thread
 * sync, following other tabs, and the socket's validated events. See docs/architecture.md.
 */
export const createChatController = (deps: ChatControllerDeps): ChatController => {
  const { store, socket } = deps;
  const ctx: SessionContext = {
    store,
    socket,
    userId: deps.userId,
    urls: createChatUrls(deps.userId),
    fetch: deps.fetch,
    now: deps.now ?? Date.now,
    onThreadChange: deps.onThreadChange ?? (() => undefined),
  };
  const { snapshots } = deps;
  const saver = createSnapshotSaver({ store, snapshots, now: ctx.now, page: deps.page ?? null });
  const runs = createRunSession(ctx, {
    createEventSource: deps.createEventSource,
    saver,
    refreshThreads: () => threads.refresh(),
  });
  const threads = createThreadSync(ctx, runs);
  const commands = createRunCommands(ctx, runs, saver);
  let stopListening: (() => void) | null = null;

  return {
    start: (threadId) => {
      if (socket)
        stopListening = listenToServer(
          socket,
          sessionHandlers(ctx, threads, createTabFollower(ctx, runs)),
        );
      else store.getState().setSocketStatus('offline');
      const snapshot = snapshots.load();
      if (snapshot && (threadId === null || threadId === snapshot.threadId)) {
        resumeRun(ctx, runs, snapshot, threads.open);
      } else {
        if (snapshot) snapshots.clear();
        if (threadId) threads.open(threadId);
      }
      if (!socket?.connected) threads.refresh();
    },
    ...commands,
    openThread: threads.open,
    loadOlder: threads.loadOlder,
    refreshThreads: threads.refresh,
    renameThread: threads.rename,
    deleteThread: threads.remove,
    dispose: () => {
      runs.dispose();
      saver.dispose();
      stopListening?.();
      stopListening = null;
    },
  };
};
