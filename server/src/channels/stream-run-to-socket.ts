import type { Socket } from 'socket.io';
import type { ServerToClientEvents } from '#shared/protocol/socket-events';
import { formatEventId } from '#shared/protocol/event-id';
import type { Run } from '../runs/run.js';

/**
 * A run's log over one socket, for clients behind networks that cut SSE: each entry after
 * `afterIndex` as `model_stream`, with the ids and messages SSE would carry, then live until
 * `done`. Resuming after a reconnect is `join_thread` with the last id seen.
 */
export const streamRunToSocket = (
  socket: Pick<Socket<never, ServerToClientEvents>, 'emit' | 'once' | 'off'>,
  run: Run,
  afterIndex: number,
): void => {
  // An ended run replays its whole log, `done` included, inside `subscribe`: before it returns.
  let ended = false;
  let unsubscribe: () => void = () => undefined;
  const stop = () => unsubscribe();
  unsubscribe = run.subscribe(afterIndex, (entry) => {
    socket.emit('model_stream', {
      run_id: run.id,
      id: formatEventId(run.id, entry.index),
      event: entry.message.event,
      data: entry.message.data,
    });
    if (entry.event === 'done') {
      ended = true;
      socket.off('disconnect', stop);
    }
  });
  if (!ended) socket.once('disconnect', stop);
};
