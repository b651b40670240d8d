import type { SseMessage } from '#shared/protocol/index';
import type { StreamStatus } from '../state/run-slice';
import type { EventSourceFactory } from './event-source-like';
import { openTokenStream, type TokenStream } from './open-token-stream';

/** Reattaching stops after this many failures in a row (about 40 s of backoff in all). */
export const MAX_REATTACH = 6;

/** Delay before reattach attempt `attempt` (0-based): 0.5 s doubling, at most 8 s. */
export const reattachDelay = (attempt: number): number => Math.min(8000, 500 * 2 ** attempt);

export interface RunStreamHandlers {
  /** A validated stream message of the run streamed into `key`. */
  onMessage: (key: string, message: SseMessage, id: string) => void;
  onStatus: (status: StreamStatus) => void;
  /** False once the run `key` is no longer this tab's: its connection errors are ignored. */
  isCurrent: (key: string) => boolean;
  /** Where to reattach to the run `key` after the connection failed for good; null: don't. */
  reattachUrl: (key: string) => string | null;
  /** Reattaching failed `MAX_REATTACH` times in a row. */
  onLost: (key: string) => void;
}

export interface RunStream {
  /** Streams `url` into the run `key`, closing whatever streamed before. */
  open: (url: string, key: string) => void;
  /** Closes the stream and forgets the backoff. */
  close: () => void;
}

/**
 * One run's EventSource at a time. The browser reconnects by itself (with Last-Event-ID); when it
 * gives up, this reattaches with backoff at the address the caller names, which continues after
 * the last event id, and reports the run lost after `MAX_REATTACH` tries.
 */
export const createRunStream = (
  createEventSource: EventSourceFactory,
  handlers: RunStreamHandlers,
): RunStream => {
  let stream: TokenStream | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempts = 0;

  const stop = () => {
    stream?.close();
    stream = null;
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const open = (url: string, key: string) => {
    stop();
    handlers.onStatus('connecting');
    stream = openTokenStream(
      url,
      {
        onOpen: () => {
          attempts = 0;
          handlers.onStatus('open');
        },
        onMessage: (message, id) => handlers.onMessage(key, message, id),
        onConnectionError: (willRetry) => connectionFailed(key, willRetry),
      },
      createEventSource,
    );
  };

  const connectionFailed = (key: string, willRetry: boolean) => {
    if (!handlers.isCurrent(key)) return;
    handlers.onStatus('reconnecting');
    if (willRetry) return;
    stream = null;
    if (attempts >= MAX_REATTACH) {
      handlers.onLost(key);
      return;
    }
    const delay = reattachDelay(attempts);
    attempts += 1;
    timer = setTimeout(() => {
      timer = null;
      const url = handlers.isCurrent(key) ? handlers.reattachUrl(key) : null;
      if (url) open(url, key);
    }, delay);
  };

  return {
    open,
    close: () => {
      stop();
      attempts = 0;
    },
  };
};
