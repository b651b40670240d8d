import { PROTOCOL_VERSION } from '#shared/protocol/protocol-version';
import type { StoredMessage } from '#shared/protocol/stored-message';
import { LocalRun } from './local-run.js';

/**
 * An ended run rebuilt from the database, for a request that names a message already answered
 * after its run left memory: the same ids, the whole answer as one `token`, its model events,
 * then `complete` (or the `error` it ended with) and `done`. Nothing is generated again.
 */
export const runFromStored = (
  stored: { question: StoredMessage; answer: StoredMessage },
  context: { userId: string; pairKey: string | null; requestId: string | null; now: number },
): LocalRun => {
  const { question, answer } = stored;
  const runId = answer.run_id ?? question.run_id ?? answer.id;
  const run = new LocalRun({
    id: runId,
    threadId: question.thread_id,
    userId: context.userId,
    userMessageId: question.id,
    assistantMessageId: answer.id,
    message: question.text,
    scene: null,
    pairKey: context.pairKey,
    requestId: context.requestId,
    regenerate: false,
    createdAt: Date.parse(question.created_at),
  });
  run.append({
    event: 'metadata',
    data: {
      thread_id: question.thread_id,
      run_id: runId,
      user_message_id: question.id,
      message_id: answer.id,
      provider: answer.provider ?? 'unknown',
      model: answer.model ?? 'unknown',
      offline: answer.provider === 'offline',
      protocol_version: PROTOCOL_VERSION,
    },
  });
  run.append({ event: 'thinking', data: { content: '' } });
  if (answer.text !== '') run.append({ event: 'token', data: { content: answer.text } });
  for (const event of answer.events) run.append({ event: 'event', data: event });
  run.recordUsage(answer.usage);
  // An answer still marked streaming has no live run any more: it was cut off.
  const status = answer.status === 'streaming' ? 'interrupted' : answer.status;
  if (status === 'complete') {
    run.append({
      event: 'complete',
      data: {
        response: answer.text,
        events: answer.events,
        usage: answer.usage,
        message_id: answer.id,
        thread_id: question.thread_id,
      },
    });
  } else {
    run.append({
      event: 'error',
      data: answer.error ?? {
        code: 'INTERRUPTED',
        message: 'The answer was interrupted',
        retryable: true,
      },
    });
  }
  run.append({ event: 'done', data: { run_id: runId, status } });
  run.finish(status, context.now);
  return run;
};
