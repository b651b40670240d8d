import type { ModelEvent, ModelResponse, RunStarted } from '#shared/protocol/index';
import { newChatMessage } from '../state/new-chat-message';
import { announcesRun } from './active-run';
import { enterModelEvents } from './enter-model-events';
import type { RunSession } from './run-session';
import type { SessionContext } from './session-context';

export interface TabFollower {
  /** A model event of any run in the open thread: applied, and its run followed if unknown. */
  onModelEvent: (event: ModelEvent) => void;
  /** A run started in the open thread: this tab's own is named, another tab's is followed. */
  onRunStarted: (started: RunStarted) => void;
  /** A run ended: one this tab did not stream leaves its messages to be read as stored. */
  onModelResponse: (response: ModelResponse) => void;
}

/** Shows what the user's other tabs do in the open thread, as it happens. */
export const createTabFollower = (ctx: SessionContext, runs: RunSession): TabFollower => {
  const get = ctx.store.getState;
  /** Whether this tab shows the run already (it streamed it, or has its messages). */
  const known = (runId: string) =>
    runs.streamedHere(runId) || get().messages.some((m) => m.runId === runId);

  return {
    onModelEvent: (event) => {
      enterModelEvents(ctx.store, [event]);
      const { run, threadId } = get();
      if (!run && threadId && !known(event.runId)) runs.follow(event.runId, null);
    },
    onRunStarted: (started) => {
      const { run, threadId } = get();
      if (threadId !== started.thread_id) return;
      if (run) {
        // This tab's own message: the run id is known before the stream's `metadata` names it.
        if (run.runId === null && announcesRun(run, started))
          get().patchRun({ runId: started.run_id });
        return;
      }
      if (known(started.run_id)) return;
      get().addMessages(
        newChatMessage({ key: `u-${started.run_id}`, role: 'user', text: started.text }),
      );
      runs.follow(started.run_id, started.message_id);
    },
    onModelResponse: (response) => {
      const { run, threadId } = get();
      if (threadId !== response.thread_id || run?.runId === response.run_id) return;
      if (runs.streamedHere(response.run_id)) return;
      ctx.socket?.emit('list_messages', { thread_id: threadId, limit: 50 });
    },
  };
};
