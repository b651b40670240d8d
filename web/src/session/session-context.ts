import type { ClientSocket } from '../net/client-socket';
import type { ChatUrls } from '../net/chat-urls';
import type { ViewerStore } from '../state/viewer-store';

/** What every part of the chat session shares: the store, the server's two routes, the clock. */
export interface SessionContext {
  readonly store: ViewerStore;
  /** Null when running without Socket.IO (tests; the SSE flow still works alone). */
  readonly socket: ClientSocket | null;
  /** Sent as `user_id` in socket payloads when known. */
  readonly userId: string | null;
  readonly urls: ChatUrls;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  /** Told when the open thread changes, to keep the address bar in step. */
  readonly onThreadChange: (threadId: string | null) => void;
}

/** How long a socket request waits for its acknowledgement before it counts as failed. */
export const ACK_TIMEOUT_MS = 20_000;
