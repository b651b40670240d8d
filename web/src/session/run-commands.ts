import { MAX_MESSAGE_CHARS } from '#shared/protocol/index';
import { randomId } from '../net/random-id';
import { socketOrHttp } from '../net/socket-or-http';
import { newChatMessage } from '../state/new-chat-message';
import { cancellingRun, regeneratingRun, sendingRun } from './active-run';
import { clientError } from './client-error';
import { currentScene } from './current-scene';
import type { RunSession } from './run-session';
import { requestRun } from './server-payloads';
import { ACK_TIMEOUT_MS, type SessionContext } from './session-context';
import type { SnapshotSaver } from './snapshot-saver';

export interface RunCommands {
  send: (text: string) => void;
  cancel: () => void;
  regenerate: () => void;
  /** Tries a failed answer again: regenerates it, or re-sends a message no thread holds yet. */
  retry: (key: string) => void;
}

/** What the user asks of an answer: send, stop, regenerate, try again. */
export const createRunCommands = (
  ctx: SessionContext,
  runs: RunSession,
  saver: SnapshotSaver,
): RunCommands => {
  const { store, socket, urls, userId } = ctx;
  const get = store.getState;
  const streamingAnswer = (key: string) =>
    newChatMessage({ key, role: 'assistant', status: 'streaming', thinking: true });

  const send = (text: string) => {
    const message = text.trim();
    const state = get();
    if (!message || state.run) return;
    if (message.length > MAX_MESSAGE_CHARS) {
      state.setNotice({
        kind: 'error',
        text: `Messages can be at most ${MAX_MESSAGE_CHARS} characters.`,
      });
      return;
    }
    const requestId = randomId();
    const run = sendingRun({
      key: `a-${requestId}`,
      userKey: `u-${requestId}`,
      requestId,
      threadId: state.threadId,
      text: message,
    });
    state.setNotice(null);
    state.addMessages(
      newChatMessage({ key: run.userKey ?? '', role: 'user', text: message, status: 'sending' }),
      streamingAnswer(run.key),
    );
    state.setRun(run);
    const scene = currentScene(store);
    // Seed flow: the socket and the EventSource carry the same request id; the server makes
    // them one run. The stream reports failures itself; the ack only tells the run id early.
    if (socket?.connected) {
      const payload = {
        message,
        thread_id: run.threadId ?? undefined,
        user_id: userId ?? undefined,
        request_id: requestId,
        scene,
      };
      requestRun(socket, 'model_start', payload, ACK_TIMEOUT_MS).then(
        (response) => {
          const current = get().run;
          if (response.ok && current?.key === run.key && current.runId === null)
            get().patchRun({ runId: response.run_id });
        },
        () => undefined,
      );
    }
    runs.stream(urls.tokenStream(run, scene), run.key);
    saver.schedule();
  };

  const cancelOverHttp = () => {
    const runId = get().run?.runId;
    if (runId) void ctx.fetch(urls.cancelRun(runId), { method: 'POST' }).catch(() => undefined);
  };

  const cancel = () => {
    const run = get().run;
    if (!run || run.phase === 'cancelling') return;
    get().setRun(cancellingRun(run));
    if (!run.runId && !run.threadId) {
      // Nothing is known about the run yet: stop showing it; the stream's `metadata` would name it.
      runs.fail(run.key, clientError('cancelled', 'The answer was stopped.', false), 'cancelled');
      return;
    }
    const payload = run.runId ? { run_id: run.runId } : { thread_id: run.threadId ?? undefined };
    socketOrHttp(
      socket,
      (s) =>
        void requestRun(s, 'model_cancel', payload, ACK_TIMEOUT_MS).then(
          (response) => (response.ok ? undefined : cancelOverHttp()),
          cancelOverHttp,
        ),
      cancelOverHttp,
    );
  };

  const regenerate = () => {
    const state = get();
    const threadId = state.threadId;
    if (state.run || !threadId) return;
    if (!socket?.connected) {
      state.setNotice({
        kind: 'error',
        text: 'Reconnecting to the server; try again in a moment.',
      });
      return;
    }
    const last = state.messages.at(-1);
    if (last?.role === 'assistant') state.removeMessage(last.key);
    const run = regeneratingRun(`a-${randomId()}`, threadId);
    state.addMessages(streamingAnswer(run.key));
    state.setRun(run);
    const payload = {
      thread_id: threadId,
      user_id: userId ?? undefined,
      scene: currentScene(store),
    };
    requestRun(socket, 'model_regenerate', payload, ACK_TIMEOUT_MS).then(
      (response) => {
        if (get().run?.key !== run.key) return;
        if (!response.ok) return runs.fail(run.key, response.error);
        get().patchRun({ runId: response.run_id });
        runs.stream(urls.runStream(response.run_id, null), run.key);
      },
      () => {
        if (get().run?.key === run.key)
          runs.fail(run.key, clientError('INTERNAL', 'The server did not answer. Try again.'));
      },
    );
  };

  const retry = (key: string) => {
    const state = get();
    if (state.run) return;
    const index = state.messages.findIndex((m) => m.key === key);
    const failed = state.messages[index];
    if (!failed) return;
    const previous = state.messages[index - 1];
    const userSaved =
      previous?.role === 'user' && previous.id !== null && previous.status !== 'sending';
    if (state.threadId && userSaved && index === state.messages.length - 1 && socket?.connected) {
      regenerate();
      return;
    }
    if (previous?.role === 'user') {
      state.removeMessage(failed.key);
      state.removeMessage(previous.key);
      send(previous.text);
    }
  };

  return { send, cancel, regenerate, retry };
};
