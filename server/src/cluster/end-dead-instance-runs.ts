import type { Logger } from '../logger.js';
import type { Run } from '../runs/run.js';
import type { MessageRepository } from '../store/message-repository.js';
import type { RunCluster } from './run-cluster.js';

/**
 * What an instance does when another one dies: the dead one's runs end as interrupted in their
 * shared logs (so every stream of them ends with `error` + `done`), their rows are marked
 * interrupted, and `ended` is told of each run (the socket channel sends `model_response`).
 */
export const endDeadInstanceRuns =
  (deps: {
    runs: RunCluster;
    messages: Pick<MessageRepository, 'markInterrupted'>;
    ended: (run: Run) => void;
    log: Logger;
  }) =>
  async (deadInstanceId: string, runIds: string[]): Promise<void> => {
    const interrupted: string[] = [];
    for (const runId of runIds) if (await deps.runs.interrupt(runId)) interrupted.push(runId);
    const marked = await deps.messages.markInterrupted(runIds);
    deps.log.warn(
      { instance: deadInstanceId, runs: interrupted.length, marked },
      'runs of a stopped instance ended',
    );
    for (const runId of interrupted) {
      const run = await deps.runs.find(runId);
      if (run?.ended) deps.ended(run);
    }
  };
