import type { ViewerState } from '../state/viewer-state';
import type { RunSnapshot } from './run-snapshot';

/** The active run's snapshot as the store holds it now; null without a run or its message. */
export const runSnapshotOf = (
  state: Pick<ViewerState, 'run' | 'messages'>,
  savedAt: number,
): RunSnapshot | null => {
  const { run, messages } = state;
  if (!run) return null;
  const message = messages.find((m) => m.key === run.key);
  if (!message) return null;
  const user = run.userKey ? messages.find((m) => m.key === run.userKey) : undefined;
  return {
    version: 1,
    requestId: run.requestId,
    runId: run.runId,
    threadId: run.threadId,
    messageId: message.id,
    userMessageId: user?.id ?? null,
    userText: run.text ?? user?.text ?? '',
    lastEventId: run.lastEventId,
    text: message.text,
    thinkingText: message.thinkingText,
    events: message.events,
    offline: message.offline,
    provider: message.provider,
    model: message.model,
    tokenCount: message.tokenCount,
    savedAt,
  };
};
