import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../server/src/runs/run.js';
import type { Database } from '../../server/src/store/database.js';
import { createMessageRepository } from '../../server/src/store/message-repository.js';
import { createThreadRepository } from '../../server/src/store/thread-repository.js';
import { createThreadService } from '../../server/src/threads/thread-service.js';
import { openTestDatabase } from '../support/test-server.js';

describe('the thread service on a real database', () => {
  let db: Database;
  let messages: ReturnType<typeof createMessageRepository>;
  const told: string[] = [];
  const stopped: string[] = [];
  let activeRun: Run | undefined;

  const service = () =>
    createThreadService({
      threads: createThreadRepository(db),
      messages,
      runs: {
        activeInThread: () => Promise.resolve(activeRun),
        threadSaved: () => Promise.resolve(),
        stop: (run) => {
          stopped.push(run.id);
          return Promise.resolve();
        },
      },
      listener: () => ({
        renamed: (userId, threadId, title) => told.push(`renamed ${userId} ${threadId} ${title}`),
        deleted: (userId, threadId) => told.push(`deleted ${userId} ${threadId}`),
      }),
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    messages = createMessageRepository(db);
  });
  afterAll(() => db.close());

  /** A thread of `userId` with `turns` finished question-and-answer pairs. */
  const threadOf = async (userId: string, turns: number) => {
    const threadId = randomUUID();
    for (let turn = 0; turn < turns; turn++) {
      const answer = randomUUID();
      await messages.insertTurns([
        {
          threadId,
          newThreadTitle: 'test',
          userId,
          runId: randomUUID(),
          userMessage: { id: randomUUID(), text: `question ${turn}` },
          assistantMessage: { id: answer, provider: 'test', model: 'test' },
        },
      ]);
      await messages.update(answer, { text: `answer ${turn}`, events: [], status: 'complete' });
    }
    return threadId;
  };

  it("treats another user's thread exactly like a missing one, on every call", async () => {
    const threadId = await threadOf('g_owner', 1);
    const threads = service();
    const calls = [
      () => threads.page('g_stranger', threadId),
      () => threads.history('g_stranger', threadId),
      () => threads.rename('g_stranger', threadId, 'mine now'),
      () => threads.delete('g_stranger', threadId),
      () => threads.page('g_owner', randomUUID()),
    ];
    for (const call of calls)
      await expect(call()).rejects.toMatchObject({ code: 'THREAD_NOT_FOUND' });
    expect((await threads.history('g_owner', threadId)).messages).toHaveLength(2);
    expect(told).toEqual([]);
  });

  it('pages history by the default limit and refuses an anchor from another thread', async () => {
    const threadId = await threadOf('g_reader', 30);
    const other = await threadOf('g_reader', 1);
    const threads = service();
    const newest = await threads.page('g_reader', threadId);
    expect(newest.messages).toHaveLength(50);
    expect(newest.messages.at(-1)?.text).toBe('answer 29');
    const older = await threads.page('g_reader', threadId, { before: newest.nextBefore ?? '' });
    expect(older.messages.map((m) => m.text)).toEqual([
      'question 0',
      'answer 0',
      'question 1',
      'answer 1',
      'question 2',
      'answer 2',
      'question 3',
      'answer 3',
      'question 4',
      'answer 4',
    ]);
    const foreignAnchor = (await threads.page('g_reader', other)).messages[0]?.id ?? '';
    await expect(
      threads.page('g_reader', threadId, { before: foreignAnchor }),
    ).rejects.toMatchObject({ code: 'MESSAGE_NOT_FOUND' });
  });

  it('stops the running answer before a delete and tells the owner of renames and deletes', async () => {
    const threadId = await threadOf('g_tidy', 1);
    const threads = service();
    activeRun = { id: 'run-in-progress' } as Run;
    await threads.rename('g_tidy', threadId, 'Rotator cuff');
    await threads.delete('g_tidy', threadId);
    activeRun = undefined;
    expect(stopped).toEqual(['run-in-progress']);
    expect(told).toEqual([`renamed g_tidy ${threadId} Rotator cuff`, `deleted g_tidy ${threadId}`]);
    await expect(threads.page('g_tidy', threadId)).rejects.toMatchObject({
      code: 'THREAD_NOT_FOUND',
    });
  });
});
