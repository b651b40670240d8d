import { PROTOCOL_VERSION, PROTOCOL_VERSION_HEADER } from '#shared/protocol/protocol-version';

/** Headers of every SSE response; `no-transform` and `X-Accel-Buffering` stop proxies buffering. */
export const sseHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
  [PROTOCOL_VERSION_HEADER]: PROTOCOL_VERSION,
};
