import type { RequestHandler } from 'express';
import { SseStream, type SseOptions } from '../channels/sse-stream.js';

/**
 * `GET /model/test-sse`: a few `test_message` events a second apart, then `test_complete`. If they
 * arrive all at once at the end, something between client and server buffers SSE.
 */
export const createTestSseRoute = (
  sse: SseOptions,
  options: { count?: number; intervalMs?: number } = {},
): RequestHandler => {
  const count = options.count ?? 5;
  const intervalMs = options.intervalMs ?? 1000;
  return (req, res) => {
    const stream = new SseStream(res, req, sse);
    let counter = 0;
    const timer = setInterval(() => {
      counter += 1;
      if (counter <= count) {
        stream.send(
          `test:${counter}`,
          'test_message',
          JSON.stringify({
            counter,
            message: `Test message ${counter} of ${count}`,
            sent_at: new Date().toISOString(),
          }),
        );
        return;
      }
      clearInterval(timer);
      stream.send(
        `test:${counter}`,
        'test_complete',
        JSON.stringify({ message: `SSE works: ${count} messages sent ${intervalMs} ms apart` }),
      );
      stream.end();
    }, intervalMs);
    stream.onClose(() => clearInterval(timer));
  };
};
