import type { Logger } from '../logger.js';
import { createCheckpointBatcher } from './checkpoint-batcher.js';
import { createGroupCommit } from './group-commit.js';
import type { MessageRepository, MessageUpdate, NewTurn } from './message-repository.js';

/**
 * How a run's rows reach the database, so the run service only says what to write: new turns
 * and final answers arriving together are saved together (group commit: a burst of starts is a
 * burst of ends one answer's length later), and the partial answers of every streaming run go in
 * one checkpoint statement per interval, each carrying only what it gained.
 */
export const createAnswerWriter = (
  messages: MessageRepository,
  options: { checkpointMs: number; log: Logger },
) => ({
  insertTurn: createGroupCommit((turns: NewTurn[]) => messages.insertTurns(turns)),
  saveAnswer: createGroupCommit((updates: (MessageUpdate & { id: string })[]) =>
    messages.updateMany(updates),
  ),
  checkpoints: createCheckpointBatcher({
    save: (batch) => messages.checkpoint(batch),
    intervalMs: options.checkpointMs,
    onError: (error, batch) =>
      options.log.warn(
        { err: error, runs: batch.length },
        'checkpoint failed; the next one retries',
      ),
  }),
});
export type AnswerWriter = ReturnType<typeof createAnswerWriter>;
