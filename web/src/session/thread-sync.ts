import { ThreadHistory, ThreadsList } from '#shared/protocol/index';
import { socketOrHttp } from '../net/socket-or-http';
import { createThreadActions } from '../net/thread-actions';
import type { SessionContext } from './session-context';

const PAGE = 50;
const PAGE_QUERY = { limit: String(PAGE) };

export interface ThreadSync {
  /** Asks for the user's threads (the answer comes as `threads_list` over the socket). */
  refresh: () => void;
  /** Opens a thread (null: a new conversation) and loads its history. */
  open: (threadId: string | null) => void;
  /** The open thread's next older page of messages. */
  loadOlder: () => Promise<void>;
  rename: (threadId: string, title: string) => Promise<boolean>;
  remove: (threadId: string) => Promise<boolean>;
  /** A thread's history arrived: shown, and its active run followed. */
  applyHistory: (history: ThreadHistory) => void;
  retitle: (threadId: string, title: string) => void;
  /** A thread is gone (here or in another tab): off the list, and closed if it was open. */
  forget: (threadId: string, notice: string | null) => void;
  /** The thread asked for does not exist (or is not the user's). */
  notFound: () => void;
}

/** The thread list and the open thread's history, over the socket when connected, else HTTP. */
export const createThreadSync = (
  ctx: SessionContext,
  runs: {
    follow: (runId: string, messageId: string | null) => void;
    detach: () => void;
  },
): ThreadSync => {
  const { store, socket, urls } = ctx;
  const get = store.getState;
  const actions = createThreadActions({ socket, fetch: ctx.fetch, url: (p) => urls.withUser(p) });
  const error = (text: string) => get().setNotice({ kind: 'error', text });

  const refresh = () =>
    socketOrHttp(
      socket,
      (s) => void s.emit('list_threads', { page: 0, limit: PAGE }),
      () =>
        void ctx
          .fetch(urls.withUser('/api/threads', PAGE_QUERY))
          .then((res) => (res.ok ? res.json() : null))
          .then((body: unknown) => {
            const parsed = ThreadsList.safeParse(body);
            if (parsed.success) get().setThreads(parsed.data.threads);
          })
          .catch(() => undefined),
    );

  const applyHistory = (history: ThreadHistory) => {
    if (get().threadId !== history.thread_id) return;
    get().setHistory(history.thread_id, history.messages, history.next_before);
    const active = history.active_run;
    if (active && !get().run) runs.follow(active.run_id, active.message_id);
  };

  // The notice goes after opening: opening a thread clears the notice shown.
  const notFound = () => {
    open(null);
    error('That conversation was not found. Starting a new one.');
  };

  const historyOverHttp = async (threadId: string) => {
    try {
      const res = await ctx.fetch(urls.threadMessages(threadId, PAGE_QUERY));
      if (res.status === 404) return notFound();
      const parsed = ThreadHistory.safeParse(await res.json());
      if (parsed.success) applyHistory(parsed.data);
      else get().setHistoryStatus('error');
    } catch {
      get().setHistoryStatus('error');
    }
  };

  const loadHistory = (threadId: string) =>
    socketOrHttp(
      socket,
      (s) => void s.emit('join_thread', { thread_id: threadId }),
      () => void historyOverHttp(threadId),
    );

  const open = (threadId: string | null) => {
    if (get().threadId === threadId && threadId !== null) return;
    // An answer streaming here goes on on the server; this tab just stops following it.
    if (get().run) runs.detach();
    get().openThread(threadId);
    ctx.onThreadChange(threadId);
    if (threadId) loadHistory(threadId);
  };

  const loadOlder = async () => {
    const { threadId, historyBefore } = get();
    if (!threadId || !historyBefore) return;
    try {
      const res = await ctx.fetch(
        urls.threadMessages(threadId, { ...PAGE_QUERY, before: historyBefore }),
      );
      const parsed = ThreadHistory.safeParse(await res.json());
      if (parsed.success)
        get().prependHistory(threadId, parsed.data.messages, parsed.data.next_before);
    } catch {
      error('Could not load older messages.');
    }
  };

  const retitle = (threadId: string, title: string) =>
    get().setThreads(get().threads.map((t) => (t.id === threadId ? { ...t, title } : t)));

  const forget = (threadId: string, notice: string | null) => {
    get().setThreads(get().threads.filter((t) => t.id !== threadId));
    if (get().threadId !== threadId) return;
    open(null);
    if (notice) get().setNotice({ kind: 'info', text: notice });
  };

  return {
    refresh,
    open,
    loadOlder,
    rename: async (threadId, title) => {
      const previous = get().threads.find((t) => t.id === threadId)?.title;
      retitle(threadId, title);
      const ok = await actions.rename(threadId, title);
      if (!ok) {
        if (previous !== undefined) retitle(threadId, previous);
        error('The conversation could not be renamed.');
      }
      return ok;
    },
    remove: async (threadId) => {
      const ok = await actions.remove(threadId);
      if (ok) forget(threadId, null);
      else error('The conversation could not be deleted.');
      return ok;
    },
    applyHistory,
    retitle,
    forget,
    notFound,
  };
};
