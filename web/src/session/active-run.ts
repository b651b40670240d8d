import { parseEventId, type RunStarted, type SseMessage } from '#shared/protocol/index';
import type { ActiveRun } from '../state/run-slice';

/** A message this tab sends: the server does not know the run yet. */
export const sendingRun = (fields: {
  key: string;
  userKey: string;
  requestId: string;
  threadId: string | null;
  text: string;
}): ActiveRun => ({ ...fields, runId: null, lastEventId: null, phase: 'starting' });

/** A new answer to the thread's last message, asked for over the socket. */
export const regeneratingRun = (key: string, threadId: string): ActiveRun => ({
  key,
  userKey: null,
  requestId: null,
  runId: null,
  threadId,
  lastEventId: null,
  phase: 'starting',
  text: null,
});

/** A run this tab did not start (another tab's, or one found in history), streamed from its start. */
export const followedRun = (key: string, runId: string, threadId: string | null): ActiveRun => ({
  key,
  userKey: null,
  requestId: null,
  runId,
  threadId,
  lastEventId: null,
  phase: 'streaming',
  text: null,
});

/** A run a reload interrupted, continued after its last event id. */
export const resumedRun = (fields: {
  key: string;
  userKey: string | null;
  requestId: string | null;
  runId: string | null;
  threadId: string | null;
  lastEventId: string | null;
  text: string | null;
}): ActiveRun => ({ ...fields, phase: 'streaming' });

/**
 * The run after one stream message: it remembers the message's id as where to continue (when
 * the id is of this run, or names it: `metadata`), and `metadata` names the run and its thread.
 */
export const afterStreamMessage = (run: ActiveRun, sse: SseMessage, id: string): ActiveRun => {
  const parsed = parseEventId(id);
  const ownId =
    parsed !== null &&
    (run.runId === null || parsed.runId === run.runId || sse.event === 'metadata');
  const next = ownId ? { ...run, lastEventId: id } : run;
  if (sse.event !== 'metadata') return next;
  return { ...next, runId: sse.data.run_id, threadId: sse.data.thread_id, phase: 'streaming' };
};

/** The run once the user asked to stop it. */
export const cancellingRun = (run: ActiveRun): ActiveRun => ({ ...run, phase: 'cancelling' });

/**
 * Whether `run_started` announces `run` itself (this tab's own message). Known by run id, else by
 * the request id; a server that sends no request id is matched by the message text.
 */
export const announcesRun = (run: ActiveRun, started: RunStarted): boolean => {
  if (run.runId === started.run_id) return true;
  if (run.runId !== null) return false;
  if (started.request_id !== undefined) return started.request_id === run.requestId;
  return run.text === started.text;
};
