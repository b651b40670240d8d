import type { TabFollower } from './follow-other-tabs';
import type { ServerPayloadHandlers } from './server-payloads';
import type { SessionContext } from './session-context';
import type { ThreadSync } from './thread-sync';

/** Run errors reach their message through the stream; these requests' errors are not shown again. */
const RUN_REQUESTS = new Set(['model_start', 'model_regenerate', 'model_cancel']);

/** What the session does with each (validated) server event. */
export const sessionHandlers = (
  ctx: SessionContext,
  threads: ThreadSync,
  follower: TabFollower,
): ServerPayloadHandlers => {
  const get = ctx.store.getState;
  return {
    connect: () => {
      get().setSocketStatus('online');
      const threadId = get().threadId;
      // Back in the thread's room after a reconnect; the history also catches up what was missed.
      if (threadId) ctx.socket?.emit('join_thread', { thread_id: threadId });
      ctx.socket?.emit('list_threads', { page: 0, limit: 50 });
    },
    disconnect: () => get().setSocketStatus('offline'),
    model_event: follower.onModelEvent,
    run_started: follower.onRunStarted,
    model_response: follower.onModelResponse,
    threads_list: (list) => get().setThreads(list.threads),
    thread_history: threads.applyHistory,
    messages_list: (list) => get().setHistory(list.thread_id, list.messages, list.next_before),
    thread_updated: (thread) => threads.retitle(thread.thread_id, thread.title),
    thread_deleted: (thread) =>
      threads.forget(thread.thread_id, 'This conversation was deleted in another tab.'),
    message_saved: (saved) => {
      if (saved.stored === 'failed')
        get().setNotice({ kind: 'error', text: saved.error ?? 'Your message could not be saved.' });
    },
    error: (error) => {
      if (error.request === 'join_thread' && error.code === 'THREAD_NOT_FOUND')
        return threads.notFound();
      if (error.request !== undefined && RUN_REQUESTS.has(error.request)) return;
      get().setNotice({ kind: 'error', text: error.message });
    },
  };
};
