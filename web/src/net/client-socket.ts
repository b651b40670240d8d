import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '#shared/protocol/index';

/** The typed Socket.IO client connection. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
