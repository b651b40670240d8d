import { io } from 'socket.io-client';
import type { ClientIdentity } from './resolve-identity';
import type { ClientSocket } from './client-socket';

/**
 * Opens the app's Socket.IO connection (same origin, default path) as `identity`: the session
 * cookie goes with the handshake; `user_id` and the session token too when known. It reconnects
 * by itself; the server's connection-state recovery gives rooms and missed packets back.
 */
export const connectSocket = (identity: ClientIdentity): ClientSocket => {
  const auth: Record<string, string> = {};
  if (identity.userId) auth.user_id = identity.userId;
  if (identity.token) auth.token = identity.token;
  return io({
    auth,
    transports: ['websocket', 'polling'],
    withCredentials: true,
    reconnectionDelayMax: 5000,
  });
};
