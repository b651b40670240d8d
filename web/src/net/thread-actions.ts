import { z } from 'zod';
import type { ClientSocket } from './client-socket';
import { emitWithAck } from './emit-with-ack';
import { socketOrHttp } from './socket-or-http';

const ACK_TIMEOUT_MS = 10_000;
const Accepted = z.object({ ok: z.literal(true) });

export type ThreadActions = {
  /** Renames a thread; false when the server refused (the reason is not the UI's to show). */
  rename: (threadId: string, title: string) => Promise<boolean>;
  /** Deletes a thread for good. */
  remove: (threadId: string) => Promise<boolean>;
};

/**
 * Rename and delete over the socket when it is connected, else over HTTP. The server tells the
 * user's other tabs either way (`thread_updated`, `thread_deleted`).
 */
export const createThreadActions = (deps: {
  socket: ClientSocket | null;
  fetch: typeof fetch;
  url: (path: string) => string;
}): ThreadActions => {
  const overHttp = (threadId: string, init: RequestInit) =>
    deps
      .fetch(deps.url(`/api/threads/${encodeURIComponent(threadId)}`), {
        ...init,
        // Survives the page going away (an undo window still open at pagehide).
        keepalive: true,
      })
      .then(
        (res) => res.ok,
        () => false,
      );
  // Anything but `{ ok: true }` counts as refused.
  const acked = (ack: Promise<unknown>) =>
    ack.then(
      (answer) => Accepted.safeParse(answer).success,
      () => false,
    );

  return {
    rename: (threadId, title) =>
      socketOrHttp(
        deps.socket,
        (s) =>
          acked(emitWithAck(s, 'rename_thread', { thread_id: threadId, title }, ACK_TIMEOUT_MS)),
        () =>
          overHttp(threadId, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ title }),
          }),
      ),
    remove: (threadId) =>
      socketOrHttp(
        deps.socket,
        (s) => acked(emitWithAck(s, 'delete_thread', { thread_id: threadId }, ACK_TIMEOUT_MS)),
        () => overHttp(threadId, { method: 'DELETE' }),
      ),
  };
};
