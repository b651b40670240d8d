import http from 'node:http';
import { createParser } from 'eventsource-parser';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '#shared/protocol/socket-events';
import { nowMicros } from '../clock.js';
import { percentile } from './percentiles.js';
import { parseTokenText, type SyntheticLoad } from './synthetic-load.js';

export type LoadMode = 'sse' | 'socket' | 'hybrid';
export type LoadJob = {
  url: string;
  /**
   * Several instances (the cluster bench): client i opens its socket at `routes[i % n].url` and
   * its EventSource at `routes[i % n].sseUrl`. Everything at `url` when absent.
   */
  routes?: { url: string; sseUrl: string }[];
  target: 'server' | 'baseline';
  mode: LoadMode;
  clients: number;
  load: SyntheticLoad;
  /** Guest session token for the server (unused by the baseline). */
  token: string;
  /** Clients start spread over this many ms, as real arrivals are. */
  rampMs: number;
  /** Open streams that stay silent (for memory per stream) instead of streaming answers. */
  idle?: boolean;
  /** Short unmeasured answers that warm the target up. */
  warmup?: boolean;
};

export type Summary = { count: number; p50: number; p90: number; p99: number; max: number };
export type LoadResult = {
  tokenLatencyMs: Summary;
  eventLatencyMs: Summary;
  firstTokenMs: Summary;
  completed: number;
  lostTokens: number;
  duplicatedTokens: number;
  lostEvents: number;
  duplicatedEvents: number;
  doubleRuns: number;
  /** Streams or starts the target turned away (an HTTP error status, a refused `model_start`). */
  refused: number;
  errors: string[];
};

const summarize = (values: number[]): Summary => ({
  count: values.length,
  p50: percentile(values, 50),
  p90: percentile(values, 90),
  p99: percentile(values, 99),
  max: values.length ? Math.max(...values.slice(0, 100_000)) : Number.NaN,
});

const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob;
const tokenLatency: number[] = [];
const eventLatency: number[] = [];
const firstToken: number[] = [];
const errors: string[] = [];
let completed = 0;
let lostTokens = 0;
let duplicatedTokens = 0;
let lostEvents = 0;
let duplicatedEvents = 0;
let doubleRuns = 0;
let refused = 0;
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const headers =
  job.target === 'server'
    ? { accept: 'text/event-stream', authorization: `Bearer ${job.token}` }
    : { accept: 'text/event-stream' };
const expectedEvents = Math.floor(job.load.tokens / job.load.eventEvery);

const routeOf = (client: number) =>
  job.routes?.[Math.abs(client) % job.routes.length] ?? { url: job.url, sseUrl: job.url };

/** Counts gaps and repeats in the indices a client saw. */
const tally = (seen: Uint8Array) => {
  let lost = 0;
  let duplicated = 0;
  for (const n of seen) {
    if (n === 0) lost += 1;
    else if (n > 1) duplicated += n - 1;
  }
  return { lost, duplicated };
};

/** One SSE client; resolves with the run id its metadata named. */
const streamSse = (client: number, requestId: string, onOpen?: () => void) =>
  new Promise<string | null>((resolve) => {
    const started = nowMicros();
    const seen = new Uint8Array(job.load.tokens);
    let runId: string | null = null;
    let first = true;
    const path =
      job.target === 'server'
        ? `/model/token-stream?${new URLSearchParams({ message: job.idle ? 'idle' : job.warmup ? 'warmup' : `bench ${client}`, request_id: requestId })}`
        : `/?message=${job.idle ? 'idle' : job.warmup ? 'warmup' : 'bench'}`;
    const parser = createParser({
      onEvent(message) {
        if (message.event === 'metadata') {
          runId = (JSON.parse(message.data) as { run_id: string }).run_id;
          if (job.idle) onOpen?.();
        } else if (message.event === 'token') {
          const token = parseTokenText((JSON.parse(message.data) as { content: string }).content);
          if (!token) return;
          const now = nowMicros();
          if (first) {
            firstToken.push((now - started) / 1000);
            first = false;
          }
          tokenLatency.push((now - token.emittedAt) / 1000);
          seen[token.index] = (seen[token.index] ?? 0) + 1;
        } else if (message.event === 'event' && job.mode === 'sse') {
          const data = JSON.parse(message.data) as { payload: { text: string } };
          eventLatency.push((nowMicros() - Number(data.payload.text.split('@')[1])) / 1000);
        } else if (message.event === 'done') {
          completed += 1;
          const { lost, duplicated } = tally(seen);
          lostTokens += lost;
          duplicatedTokens += duplicated;
        } else if (message.event === 'error') {
          errors.push(message.data.slice(0, 200));
        }
      },
    });
    const req = http.get(`${routeOf(client).sseUrl}${path}`, { agent, headers }, (res) => {
      if (res.statusCode !== 200) {
        refused += 1;
        errors.push(`client ${client}: HTTP ${res.statusCode}`);
        res.resume();
        resolve(null);
        return;
      }
      if (job.target === 'baseline' && job.idle) onOpen?.();
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => parser.feed(chunk));
      res.on('end', () => resolve(runId));
      res.on('error', () => resolve(runId));
    });
    req.on('error', (error) => {
      errors.push(`client ${client}: ${error.message}`);
      resolve(null);
    });
  });

/** One Socket.IO client: model_start, model events, model_response. Resolves with the ack's run id. */
const streamSocket = (client: number, requestId: string, withSse: boolean) =>
  new Promise<void>((resolve) => {
    const socket = io(routeOf(client).url, {
      transports: ['websocket'],
      auth: { token: job.token },
      forceNew: true,
      reconnection: false,
    }) as unknown as Socket<ServerToClientEvents, ClientToServerEvents>;
    const seen = new Uint8Array(expectedEvents);
    let ssePromise: Promise<string | null> | null = null;
    let answered = false;
    socket.on('connect_error', (error) => {
      errors.push(`socket ${client}: ${error.message}`);
      resolve();
    });
    // A socket dropped before its answer ends this client rather than leaving it waiting.
    socket.on('disconnect', (reason) => {
      if (!answered) errors.push(`socket ${client}: disconnected (${reason})`);
      void (ssePromise ?? Promise.resolve()).then(() => resolve());
    });
    socket.on('model_event', (event) => {
      if (event.type !== 'model:annotate' || !event.payload.text) return;
      const [index, emitted] = event.payload.text.split('@').map(Number) as [number, number];
      eventLatency.push((nowMicros() - emitted) / 1000);
      const slot = Math.floor(index / job.load.eventEvery);
      seen[slot] = (seen[slot] ?? 0) + 1;
    });
    socket.on('model_response', async () => {
      answered = true;
      const { lost, duplicated } = tally(seen);
      lostEvents += lost;
      duplicatedEvents += duplicated;
      if (!withSse) completed += 1;
      if (ssePromise) await ssePromise;
      socket.disconnect();
      resolve();
    });
    socket.on('connect', () => {
      // The seed client's order: model_start, then at once the EventSource for the same message.
      const acked = new Promise<string | null>((resolve) => {
        socket.emit('model_start', { message: `bench ${client}`, request_id: requestId }, (ack) => {
          if (!ack.ok) {
            // Refused: no model_response will come, so this client ends here.
            refused += 1;
            errors.push(`model_start ${client}: ${ack.error.code}`);
            void (ssePromise ?? Promise.resolve()).then(() => {
              answered = true;
              socket.disconnect();
            });
          }
          resolve(ack.ok ? ack.run_id : null);
        });
      });
      if (withSse) {
        ssePromise = Promise.all([streamSse(client, requestId), acked]).then(
          ([runId, ackRunId]) => {
            // Two different runs for one message; a side that failed is an error, not a double run.
            if (runId && ackRunId && runId !== ackRunId) doubleRuns += 1;
            else if (!runId || !ackRunId)
              errors.push(
                `client ${client}: a channel did not start (sse ${runId}, ack ${ackRunId})`,
              );
            return runId;
          },
        );
      }
    });
  });

const runClient = (client: number, onOpen: () => void): Promise<unknown> => {
  const requestId = `bench-${process.pid}-${client}`;
  if (job.mode === 'sse' || job.target === 'baseline') return streamSse(client, requestId, onOpen);
  return streamSocket(client, requestId, job.mode === 'hybrid');
};

// Warm this process's HTTP stack and JIT with one unmeasured answer before the clients start.
if (!job.idle && !job.warmup) {
  await streamSse(-1, `bench-${process.pid}-warmup`).catch(() => null);
  tokenLatency.length = 0;
  eventLatency.length = 0;
  firstToken.length = 0;
  completed = 0;
  lostTokens = 0;
  duplicatedTokens = 0;
}

let open = 0;
const all: Promise<unknown>[] = [];
for (let client = 0; client < job.clients; client += 1) {
  all.push(
    new Promise((resolve) => setTimeout(resolve, (client / job.clients) * job.rampMs)).then(() =>
      runClient(client, () => {
        open += 1;
        if (open === job.clients) console.log('OPEN');
      }),
    ),
  );
}
if (job.idle) {
  // Held open until the orchestrator has measured the server and ends this process.
  process.once('SIGTERM', () => process.exit(0));
} else {
  await Promise.all(all);
  const result: LoadResult = {
    tokenLatencyMs: summarize(tokenLatency),
    eventLatencyMs: summarize(eventLatency),
    firstTokenMs: summarize(firstToken),
    completed,
    lostTokens,
    duplicatedTokens,
    lostEvents,
    duplicatedEvents,
    doubleRuns,
    refused,
    errors: errors.slice(0, 10),
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}
