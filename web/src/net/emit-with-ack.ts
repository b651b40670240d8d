import type { ClientToServerEvents } from '#shared/protocol/index';
import type { ClientSocket } from './client-socket';

export type AckedEvent =
  | 'model_start'
  | 'model_cancel'
  | 'model_regenerate'
  | 'rename_thread'
  | 'delete_thread'
  | 'quiz_answer';
type Payload<E extends AckedEvent> = Parameters<ClientToServerEvents[E]>[0];
export type AckResponse<E extends AckedEvent> = Parameters<
  NonNullable<Parameters<ClientToServerEvents[E]>[1]>
>[0];

/**
 * Emits an event and resolves with the server's acknowledgement; rejects when none comes within
 * `timeoutMs`. (socket.io's own typing loses the ack type because our acks are optional.)
 */
export const emitWithAck = <E extends AckedEvent>(
  socket: ClientSocket,
  event: E,
  payload: Payload<E>,
  timeoutMs: number,
): Promise<AckResponse<E>> => {
  const timed = socket.timeout(timeoutMs) as unknown as {
    emitWithAck: (event: E, payload: Payload<E>) => Promise<AckResponse<E>>;
  };
  return timed.emitWithAck(event, payload);
};
