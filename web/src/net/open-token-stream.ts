import { sseEventSchemas, type SseEventName, type SseMessage } from '#shared/protocol/index';
import type { EventSourceFactory, EventSourceLike } from './event-source-like';

const CLOSED = 2;
const names = Object.keys(sseEventSchemas) as SseEventName[];

export interface TokenStreamHandlers {
  /** A named stream message, validated; `id` is its SSE id (`<runId>:<index>`). */
  onMessage: (message: SseMessage, id: string) => void;
  onOpen: () => void;
  /**
   * The connection failed. `willRetry`: the browser reconnects by itself (sending Last-Event-ID);
   * otherwise the stream is closed and the caller decides.
   */
  onConnectionError: (willRetry: boolean) => void;
}

export interface TokenStream {
  close: () => void;
}

/**
 * Opens an SSE token stream. The SSE named `error` event (a MessageEvent with data: the run
 * failed or was stopped) is told apart from EventSource's own connection `error` (no data).
 * Closes itself after `done`, so the browser does not reconnect to a finished stream.
 */
export const openTokenStream = (
  url: string,
  handlers: TokenStreamHandlers,
  createEventSource: EventSourceFactory,
): TokenStream => {
  const source: EventSourceLike = createEventSource(url);
  let closed = false;
  const listeners = new Map<string, (event: Event) => void>();

  const close = () => {
    if (closed) return;
    closed = true;
    for (const [name, listener] of listeners) source.removeEventListener(name, listener);
    listeners.clear();
    source.close();
  };

  const onOpen = () => {
    if (!closed) handlers.onOpen();
  };
  listeners.set('open', onOpen);

  for (const name of names) {
    const listener = (event: Event) => {
      if (closed) return;
      const data = (event as MessageEvent<unknown>).data;
      if (name === 'error' && typeof data !== 'string') {
        const willRetry = source.readyState !== CLOSED;
        if (!willRetry) close();
        handlers.onConnectionError(willRetry);
        return;
      }
      if (typeof data !== 'string') return;
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        return;
      }
      const parsed = sseEventSchemas[name].safeParse(json);
      if (!parsed.success) {
        console.warn(`[token-stream] ignored an invalid "${name}" message`, parsed.error.issues);
        return;
      }
      const message = { event: name, data: parsed.data } as SseMessage;
      const id = (event as MessageEvent).lastEventId ?? '';
      if (name === 'done') close();
      handlers.onMessage(message, id);
    };
    listeners.set(name, listener);
  }
  for (const [name, listener] of listeners) source.addEventListener(name, listener);
  return { close };
};
