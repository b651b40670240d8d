import { AppError } from '../errors/app-error.js';
import type { ThreadRepository } from '../store/thread-repository.js';

/**
 * The thread when `userId` owns it. Another user's thread looks exactly like a missing one:
 * thread ids are never confirmed to strangers.
 */
export const findOwnedThread = async (
  threads: Pick<ThreadRepository, 'find'>,
  threadId: string,
  userId: string,
) => {
  const thread = await threads.find(threadId);
  if (!thread || thread.userId !== userId)
    throw new AppError('THREAD_NOT_FOUND', `Thread ${threadId} not found`);
  return thread;
};
