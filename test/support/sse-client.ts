import { EventSource, type EventSourceFetchInit } from 'eventsource';
import { credentialsFor } from './guests.js';

export type ReceivedEvent = { event: string; id: string; data: unknown };

/**
 * Opens a real EventSource and collects named events until `done` (closing then, as the seed
 * client does) or a stop condition. `headers` go on every request, reconnects included.
 */
export const openEventStream = (
  url: string,
  options: {
    headers?: Record<string, string>;
    stopWhen?: (e: ReceivedEvent, all: ReceivedEvent[]) => boolean;
    method?: string;
    body?: string;
  } = {},
) => {
  const received: ReceivedEvent[] = [];
  let opens = 0;
  const source = new EventSource(url, {
    fetch: (input: string | URL, init: EventSourceFetchInit) => {
      opens += 1;
      return fetch(input, {
        ...init,
        method: options.method ?? 'GET',
        ...(options.body ? { body: options.body } : {}),
        headers: {
          ...init.headers,
          ...credentialsFor(url, options.body),
          ...(options.headers ?? {}),
          ...(options.body ? { 'content-type': 'application/json' } : {}),
        },
      });
    },
  });
  const names = [
    'metadata',
    'thinking',
    'token',
    'event',
    'complete',
    'done',
    'error',
    'test_message',
    'test_complete',
  ];
  const finished = new Promise<ReceivedEvent[]>((resolve) => {
    for (const name of names) {
      source.addEventListener(name, (message: MessageEvent<string>) => {
        // The named `error` event carries data; a connection error has none.
        if (name === 'error' && message.data === undefined) return;
        const event = {
          event: name,
          id: message.lastEventId,
          data: JSON.parse(message.data) as unknown,
        };
        received.push(event);
        if (name === 'done' || name === 'test_complete' || options.stopWhen?.(event, received)) {
          source.close();
          resolve(received);
        }
      });
    }
  });
  return { source, received, finished, opens: () => opens };
};

export const tokensOf = (events: ReceivedEvent[]): string =>
  events
    .filter((e) => e.event === 'token')
    .map((e) => (e.data as { content: string }).content)
    .join('');

/** Reads a raw SSE response body (for header and framing checks) with fetch. */
export const fetchSse = async (url: string, init: RequestInit = {}) => {
  const res = await fetch(url, {
    ...init,
    headers: {
      accept: 'text/event-stream',
      ...credentialsFor(url),
      ...((init.headers as Record<string, string>) ?? {}),
    },
  });
  return { res, text: await res.text() };
};
