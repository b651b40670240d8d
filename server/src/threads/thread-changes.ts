import { AppError } from '../errors/app-error.js';
import type { RunService } from '../runs/run-service.js';
import type { ThreadRepository } from '../store/thread-repository.js';

export type ThreadChangeListener = {
  renamed: (userId: string, threadId: string, title: string) => void;
  deleted: (userId: string, threadId: string) => void;
};

/**
 * Renaming and deleting a thread, the same from HTTP and the socket: ownership checked, a run in
 * progress stopped before a delete, and every tab of the owner told (`thread_updated`,
 * `thread_deleted`).
 */
export const createThreadChanges = (deps: {
  threads: ThreadRepository;
  runs: RunService;
  listener: () => ThreadChangeListener;
}) => ({
  async rename(userId: string, threadId: string, title: string): Promise<void> {
    await deps.runs.ownedThread(threadId, userId);
    await deps.threads.rename(threadId, title);
    deps.listener().renamed(userId, threadId, title);
  },

  async delete(userId: string, threadId: string): Promise<void> {
    await deps.runs.ownedThread(threadId, userId);
    const active = await deps.runs.activeInThread(threadId);
    if (active) await deps.runs.stop(active, new AppError('cancelled', 'The thread was deleted'));
    await deps.threads.delete(threadId);
    deps.listener().deleted(userId, threadId);
  },
});
export type ThreadChanges = ReturnType<typeof createThreadChanges>;
