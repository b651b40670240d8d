import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '#shared/protocol/socket-events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client connection, resolved once connected. */
export const connectSocket = async (
  url: string,
  auth: Record<string, string> = {},
  /** Handshake headers, as a browser or a proxy would send them (Origin, Cookie, X-Forwarded-For). */
  headers: Record<string, string> = {},
): Promise<ClientSocket> => {
  const socket: ClientSocket = io(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
};

/** Resolves with the next `event` whose payload passes `where`, or rejects after `timeoutMs`. */
export const nextEvent = <E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  where: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler as never);
      reject(new Error(`timed out waiting for ${String(event)}`));
    }, timeoutMs);
    const handler = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!where(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler as never);
      resolve(payload);
    };
    socket.on(event, handler as never);
  });

/** Collects every payload of `event` from now on. */
export const collect = <E extends keyof ServerToClientEvents>(socket: ClientSocket, event: E) => {
  const items: Parameters<ServerToClientEvents[E]>[0][] = [];
  socket.on(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) =>
    items.push(payload)) as never);
  return items;
};

/**
 * Emits any event with any payload and resolves with the ack, as a hand-written or hostile client
 * would: no typing stands between the test and the server's validation.
 */
export const emitUntyped = (
  socket: ClientSocket,
  event: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<unknown> =>
  (
    socket.timeout(timeoutMs) as unknown as {
      emitWithAck: (event: string, payload: unknown) => Promise<unknown>;
    }
  ).emitWithAck(event, payload);
