import { AppError } from '../errors/app-error.js';
import type { Run } from '../runs/run.js';
import type { RunService } from '../runs/run-service.js';
import type { MessageRepository } from '../store/message-repository.js';
import type { ThreadRepository } from '../store/thread-repository.js';
import { findOwnedThread } from './find-owned-thread.js';

export type ThreadChangeListener = {
  renamed: (userId: string, threadId: string, title: string) => void;
  deleted: (userId: string, threadId: string) => void;
};

/** How many messages a history page has when the client does not say. */
export const DEFAULT_HISTORY_LIMIT = 50;

export type HistoryQuery = { before?: string; page?: number; limit?: number };

/**
 * A user's threads, the same from HTTP and the socket: every call checks ownership first, so a
 * route or a socket handler cannot forget it. Renames and deletes tell every tab of the owner
 * (`thread_updated`, `thread_deleted`); a delete stops the thread's run first.
 */
export const createThreadService = (deps: {
  threads: ThreadRepository;
  messages: MessageRepository;
  runs: Pick<RunService, 'activeInThread' | 'stop' | 'threadSaved'>;
  /** Resolved per call: the socket server that broadcasts is created after this service. */
  listener: () => ThreadChangeListener;
}) => {
  const owned = async (userId: string, threadId: string) => {
    await deps.runs.threadSaved(threadId);
    return findOwnedThread(deps.threads, threadId, userId);
  };

  /** One page of messages, newest first; `before` must be a message of this thread. */
  const page = async (userId: string, threadId: string, query: HistoryQuery = {}) => {
    await owned(userId, threadId);
    if (query.before) {
      const anchor = await deps.messages.find(query.before);
      if (!anchor || anchor.thread_id !== threadId)
        throw new AppError('MESSAGE_NOT_FOUND', `Message ${query.before} is not in this thread`);
    }
    const limit = query.limit ?? DEFAULT_HISTORY_LIMIT;
    return deps.messages.page(threadId, limit, query.before, query.page ?? 0);
  };

  return {
    owned,

    list: (userId: string, pageNumber: number, limit: number) =>
      deps.threads.listForUser(userId, pageNumber, limit),

    page,

    /** The newest page and the run generating in the thread now, if any. */
    async history(
      userId: string,
      threadId: string,
      query: HistoryQuery = {},
    ): Promise<Awaited<ReturnType<typeof page>> & { active: Run | undefined }> {
      const found = await page(userId, threadId, query);
      return { ...found, active: await deps.runs.activeInThread(threadId) };
    },

    async rename(userId: string, threadId: string, title: string): Promise<void> {
      await owned(userId, threadId);
      await deps.threads.rename(threadId, title);
      deps.listener().renamed(userId, threadId, title);
    },

    async delete(userId: string, threadId: string): Promise<void> {
      await owned(userId, threadId);
      const active = await deps.runs.activeInThread(threadId);
      if (active) await deps.runs.stop(active, new AppError('cancelled', 'The thread was deleted'));
      await deps.threads.delete(threadId);
      deps.listener().deleted(userId, threadId);
    },
  };
};
export type ThreadService = ReturnType<typeof createThreadService>;

/** What clients get as `active_run` next to a history page. */
export const describeActiveRun = (active: Run | undefined) =>
  active ? { run_id: active.id, message_id: active.init.assistantMessageId } : null;
