import { randomId } from '../net/random-id';
import { newChatMessage } from '../state/new-chat-message';
import { resumedRun } from './active-run';
import { enterModelEvents } from './enter-model-events';
import type { RunSnapshot } from './run-snapshot';
import type { RunSession } from './run-session';
import type { SessionContext } from './session-context';

/**
 * Shows the answer a reload interrupted as it was (its user message, text and scene events) and
 * reattaches to its run after the last event id, so nothing is lost or shown twice.
 */
export const resumeRun = (
  ctx: SessionContext,
  runs: RunSession,
  snapshot: RunSnapshot,
  /** Opens the run's thread and loads its history (which the shown answer is merged into). */
  openThread: (threadId: string | null) => void,
): void => {
  openThread(snapshot.threadId);
  const state = ctx.store.getState();
  const userKey = `u-${snapshot.requestId ?? snapshot.userMessageId ?? randomId()}`;
  const key = `a-${snapshot.requestId ?? snapshot.messageId ?? randomId()}`;
  const hasUser = snapshot.userText !== '';
  const user = newChatMessage({
    key: userKey,
    role: 'user',
    id: snapshot.userMessageId,
    text: snapshot.userText,
    status: snapshot.userMessageId ? 'complete' : 'sending',
  });
  state.addMessages(
    ...(hasUser ? [user] : []),
    newChatMessage({
      key,
      role: 'assistant',
      id: snapshot.messageId,
      runId: snapshot.runId,
      text: snapshot.text,
      thinkingText: snapshot.thinkingText,
      thinking: snapshot.text === '',
      events: snapshot.events,
      offline: snapshot.offline,
      provider: snapshot.provider,
      model: snapshot.model,
      tokenCount: snapshot.tokenCount,
      status: 'streaming',
    }),
  );
  enterModelEvents(ctx.store, snapshot.events);
  state.setRun(
    resumedRun({
      key,
      userKey: hasUser ? userKey : null,
      requestId: snapshot.requestId,
      runId: snapshot.runId,
      threadId: snapshot.threadId,
      lastEventId: snapshot.lastEventId,
      text: snapshot.userText || null,
    }),
  );
  runs.reattach(key);
};
