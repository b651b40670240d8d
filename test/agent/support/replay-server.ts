import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

/** A recorded-style response: an SSE stream from a fixture file, or a JSON error. */
export type ReplayResponse =
  | {
      /** Fixture path under test/agent/fixtures, e.g. "anthropic/select-tool-use.sse". */
      sse: string;
      /** Stop after this many events and keep the connection open (a stalled provider). */
      hangAfter?: number;
      /** Pause between events, so they arrive as separate chunks. @default 1 */
      eventDelayMs?: number;
    }
  | { status: number; json: string; headers?: Record<string, string> };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The JSON body the SDK sent. */
  body: Record<string, unknown>;
  /** Resolves when the client closed the connection before the response ended (an abort). */
  aborted: Promise<void>;
  wasAborted: () => boolean;
}

export interface ReplayServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (add the API's path prefix, such as /v1). */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const readFixture = (name: string): string =>
  readFileSync(path.join(fixturesDir, name), 'utf8');

/** SSE events of a fixture: blocks separated by a blank line, sent as written. */
const eventsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');

/**
 * A local HTTP server (127.0.0.1, port 0) that answers each request with the next response in
 * the list, streaming SSE fixtures event by event and splitting each event across two writes, as
 * a real API's chunks arrive. It records every request and whether the client aborted it.
 */
export async function startReplayServer(
  responses: readonly ReplayResponse[],
): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let aborted = false;
      let notifyAborted: () => void = () => undefined;
      const abortedPromise = new Promise<void>((resolve) => (notifyAborted = resolve));
      res.on('close', () => {
        if (!res.writableFinished) {
          aborted = true;
          notifyAborted();
        }
      });
      const raw = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>),
        aborted: abortedPromise,
        wasAborted: () => aborted,
      });
      const response = responses[requests.length - 1];
      if (response === undefined) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: `replay has no response #${requests.length}` } }),
        );
        return;
      }
      if ('json' in response) {
        res.writeHead(response.status, { 'content-type': 'application/json', ...response.headers });
        res.end(readFixture(response.json));
        return;
      }
      void streamEvents(res, eventsOf(readFixture(response.sse)), response, () => aborted);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function streamEvents(
  res: http.ServerResponse,
  events: readonly string[],
  options: { hangAfter?: number; eventDelayMs?: number },
  aborted: () => boolean,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.eventDelayMs ?? 1));
  for (const [i, event] of events.entries()) {
    if (aborted()) return;
    if (options.hangAfter !== undefined && i >= options.hangAfter) return; // keep the socket open
    const frame = `${event}\n\n`;
    const cut = Math.floor(frame.length / 2);
    res.write(frame.slice(0, cut));
    await pause();
    if (aborted()) return;
    res.write(frame.slice(cut));
    await pause();
  }
  res.end();
}
