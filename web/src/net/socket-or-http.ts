import type { ClientSocket } from './client-socket';

/**
 * Calls `viaSocket` when the socket is connected, else `viaHttp`: every request that has both
 * routes picks one here, so "connected" means the same thing everywhere.
 */
export const socketOrHttp = <T>(
  socket: ClientSocket | null,
  viaSocket: (socket: ClientSocket) => T,
  viaHttp: () => T,
): T => (socket?.connected ? viaSocket(socket) : viaHttp());
