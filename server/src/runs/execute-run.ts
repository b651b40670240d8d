import { parseModelCommand } from '#shared/protocol/model-event';
import type { ErrorBody } from '#shared/protocol/error-code';
import type { MessageStatus } from '#shared/protocol/message-status';
import type { ModelEvent } from '#shared/protocol/model-event';
import type { Agent, AgentPart, HistoryTurn, QuizStarter } from '../agent/agent.js';
import { AgentError } from '../agent/agent-error.js';
import { AppError } from '../errors/app-error.js';
import { formatDuration } from '../errors/format-duration.js';
import type { Logger } from '../logger.js';
import type { MessageUpdate } from '../store/message-repository.js';
import type { CheckpointBatcher } from '../store/checkpoint-batcher.js';
import { consumeUntilAborted } from './consume-until-aborted.js';
import { quizAfterTurnSaved } from './quiz-after-turn-saved.js';
import type { LocalRun } from './local-run.js';

export type ExecuteRunDeps = {
  agent: Agent;
  /** Saves the final answer (batched across runs). */
  saveAnswer: (answer: MessageUpdate & { id: string }) => Promise<void>;
  log: Logger;
  /** Saves partial answers, batched across runs. */
  checkpoints: CheckpointBatcher;
  /** No part for this long ends the run with AGENT_TIMEOUT (0 = never). */
  idleTimeoutMs: number;
  now: () => number;
  /** Called once the run has appended `done`. */
  onEnd: (run: LocalRun) => void;
  /**
   * Whether the run's turn was saved. The agent runs meanwhile; checkpoints wait for it (there
   * is no row to append to before), and a turn that failed to save is not saved at the end.
   */
  stored: Promise<boolean>;
  /** Quizzes, for the tool that starts one. */
  quiz?: QuizStarter | undefined;
};

/** A stop is `cancelled`; a server shutting down leaves the answer `interrupted`, as a crash does. */
const errorStatus = (code: ErrorBody['code']): MessageStatus =>
  code === 'cancelled' ? 'cancelled' : code === 'INTERRUPTED' ? 'interrupted' : 'failed';

/**
 * Drives the agent for one run: appends each part to the run's log, checkpoints the partial answer,
 * and ends with `complete` + `done`, or `error` + `done`. Never throws.
 */
export const executeRun = async (
  run: LocalRun,
  history: readonly HistoryTurn[],
  deps: ExecuteRunDeps,
): Promise<void> => {
  const { log, checkpoints } = deps;
  const messageId = run.init.assistantMessageId;
  const readCheckpoint = () => ({ messageId, text: run.text, events: run.events });
  // No checkpoint before the answer's row exists; the first one after carries everything so far.
  let rowSaved = false;
  let ended = false;
  void deps.stored.then((ok) => {
    rowSaved = ok;
    if (ok && !ended && (run.text !== '' || run.events.length > 0))
      checkpoints.mark(messageId, readCheckpoint);
  });

  // The one stall watchdog, for every agent: a model that goes silent must not hold the stream
  // open forever. (Agents waiting for a slow first token send empty thinking parts meanwhile.)
  // One timer a run, pushed back with refresh() at each part: no timer made per token.
  const idleTimer =
    deps.idleTimeoutMs > 0
      ? setTimeout(
          () =>
            run.abort.abort(
              new AgentError(
                'AGENT_TIMEOUT',
                `The model sent nothing for ${formatDuration(deps.idleTimeoutMs)}, so the answer was stopped. Try again.`,
                { retryable: true, reason: 'stalled' },
              ),
            ),
          deps.idleTimeoutMs,
        ).unref()
      : null;

  // Called for each part as it arrives (a callback, not an await loop: see consumeUntilAborted).
  const onPart = (part: AgentPart) => {
    switch (part.type) {
      case 'thinking':
        run.append({ event: 'thinking', data: { content: part.text } });
        break;
      case 'token':
        if (part.text === '') break;
        run.append({ event: 'token', data: { content: part.text } });
        break;
      case 'model-event': {
        // Agents validate already; this guards the wire against a faulty one.
        const parsed = parseModelCommand(part.command.type, part.command.payload);
        if (!parsed.success) {
          log.warn(
            { runId: run.id, error: parsed.error },
            'agent produced an invalid model event; dropped',
          );
          break;
        }
        const seq = run.events.length;
        const event = {
          id: `${run.id}-${seq}`,
          runId: run.id,
          seq,
          ...parsed.command,
        } as ModelEvent;
        run.append({ event: 'event', data: event });
        break;
      }
      case 'usage':
        run.recordUsage(part.usage);
        break;
    }
    if (rowSaved) checkpoints.mark(messageId, readCheckpoint);
    idleTimer?.refresh();
  };

  let failure: ErrorBody | null = null;
  try {
    await consumeUntilAborted(
      deps.agent.run({
        message: run.init.message,
        history,
        scene: run.init.scene,
        signal: run.abort.signal,
        context: {
          userId: run.init.userId,
          threadId: run.init.threadId,
          runId: run.id,
          quiz: quizAfterTurnSaved(deps.quiz, deps.stored),
        },
      }),
      run.abort.signal,
      onPart,
    );
    if (run.abort.signal.aborted) failure = abortReason(run);
  } catch (error) {
    failure = run.abort.signal.aborted
      ? abortReason(run)
      : AppError.isInstance(error)
        ? error.toBody()
        : {
            code: 'AGENT_FAILED',
            message: 'The assistant failed while answering. Try again.',
            retryable: true,
          };
    if (!run.abort.signal.aborted) log.error({ err: error, runId: run.id }, 'agent failed');
  }
  if (idleTimer) clearTimeout(idleTimer);
  ended = true;
  await checkpoints.forget(messageId);

  const turnSaved = await deps.stored;
  if (!turnSaved)
    failure = {
      code: 'STORE_FAILED',
      message: 'Your message could not be saved. Try again.',
      retryable: true,
    };
  const status: MessageStatus = failure ? errorStatus(failure.code) : 'complete';
  try {
    if (turnSaved)
      await deps.saveAnswer({
        id: run.init.assistantMessageId,
        text: run.text,
        events: [...run.events],
        status,
        usage: run.usage,
        error: failure,
      });
  } catch (error) {
    log.error({ err: error, runId: run.id }, 'could not save the answer');
    failure ??= {
      code: 'STORE_FAILED',
      message: 'The answer could not be saved. Try again.',
      retryable: true,
    };
  }

  if (failure) {
    run.append({ event: 'error', data: failure });
  } else {
    run.append({
      event: 'complete',
      data: {
        response: run.text,
        events: [...run.events],
        usage: run.usage,
        message_id: run.init.assistantMessageId,
        thread_id: run.init.threadId,
      },
    });
  }
  const finalStatus: MessageStatus = failure ? errorStatus(failure.code) : 'complete';
  run.append({ event: 'done', data: { run_id: run.id, status: finalStatus } });
  run.finish(finalStatus, deps.now());
  deps.onEnd(run);
};

const abortReason = (run: LocalRun): ErrorBody => {
  const reason: unknown = run.abort.signal.reason;
  return AppError.isInstance(reason)
    ? reason.toBody()
    : { code: 'cancelled', message: 'The answer was stopped.', retryable: false };
};
