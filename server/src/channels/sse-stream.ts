import type { Request, Response } from 'express';
import type { ErrorBody } from '#shared/protocol/error-code';
import type { MessageStatus } from '#shared/protocol/message-status';
import { formatEventId } from '#shared/protocol/event-id';
import type { Run } from '../runs/run.js';
import type { LogEntry } from '../runs/run-log.js';
import { formatLogEntryFrame, formatSseComment, formatSseFrame } from './sse-frame.js';
import { heartbeatWheel } from './heartbeat-wheel.js';
import { sseHeaders } from './sse-headers.js';

const heartbeatComment = formatSseComment('heartbeat');

export type SseOptions = {
  retryMs: number;
  heartbeatMs: number;
  /** How long a client may leave the stream blocked (not reading) before it is dropped. */
  slowClientTimeoutMs: number;
};

/** `error` then `done`: the whole stream of a request refused before any run existed. */
export const formatSseFailure = (
  error: ErrorBody,
  status: MessageStatus = 'failed',
  /** The run these end, and the log index the `error` takes; none before any run exists. */
  at: { runId: string; index: number } | null = null,
): string =>
  formatSseFrame({
    id: at ? formatEventId(at.runId, at.index) : 'none:0',
    event: 'error',
    data: JSON.stringify(error),
  }) +
  formatSseFrame({
    id: at ? formatEventId(at.runId, at.index + 1) : 'none:1',
    event: 'done',
    data: JSON.stringify({ run_id: at?.runId ?? null, status }),
  });

/**
 * An open SSE response: headers, `retry:`, heartbeats, and cleanup when either side closes.
 * Writes are dropped once closed, so late run entries never throw.
 */
export class SseStream {
  private closed = false;
  /** Read and reset by the heartbeat wheel: a stream that is writing needs no heartbeat. */
  wroteSinceLastBeat = false;
  private readonly stopHeartbeats: () => void;
  private readonly closeHandlers: (() => void)[] = [];

  constructor(
    private readonly res: Response,
    req: Request,
    private readonly options: SseOptions,
  ) {
    res.status(200).set(sseHeaders);
    res.socket?.setNoDelay(true);
    // The first write sends the headers with it: one packet, not a flush of the headers and then
    // another write (a burst of new streams paid a second system call each).
    res.write(`retry: ${options.retryMs}\n\n`);
    // One timer for all streams' heartbeats, not one per stream.
    this.stopHeartbeats = heartbeatWheel(options.heartbeatMs).add(this);
    // 'close' on the response fires for both a finished response and a client that went away.
    res.on('close', () => this.dispose());
    req.on('aborted', () => this.dispose());
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** Returns false when the client's socket buffer is full: wait for `onDrain` before more. */
  send(id: string, event: string, data: string): boolean {
    return this.write(formatSseFrame({ id, event, data }));
  }

  /** `send` for a run log entry (the token path); returns false as `send` does. */
  sendEntry(runId: string, index: number, event: string, data: string): boolean {
    return this.write(formatLogEntryFrame(runId, index, event, data));
  }

  /** Sends a heartbeat comment (the heartbeat wheel calls this). */
  beat(): void {
    // Not through write(): a heartbeat is not data, the next tick must beat again.
    if (!this.closed) this.res.write(heartbeatComment);
  }

  onDrain(handler: () => void): void {
    this.res.once('drain', handler);
  }

  /** Ends the stream after sending `error` then `done`, for failures with no run behind them. */
  fail(
    error: ErrorBody,
    status: MessageStatus = 'failed',
    at: { runId: string; index: number } | null = null,
  ): void {
    this.res.write(formatSseFailure(error, status, at));
    this.end();
  }

  end(): void {
    if (this.closed) return;
    this.res.end();
    this.dispose();
  }

  private write(chunk: string): boolean {
    if (this.closed) return true;
    this.wroteSinceLastBeat = true;
    return this.res.write(chunk);
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopHeartbeats();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }

  get slowClientTimeoutMs(): number {
    return this.options.slowClientTimeoutMs;
  }
}

/**
 * Streams a run's log after `afterIndex`, then live entries, to an SSE response; ends after `done`.
 * The run's log is the only buffer: the stream keeps a cursor into it and writes while the socket
 * takes data, pausing on backpressure, so a slow reader costs the server one socket buffer, not a
 * copy of the answer. A client blocked longer than the timeout is dropped with a retryable
 * `SLOW_CLIENT` error and resumes with Last-Event-ID. Closing the response only unsubscribes:
 * the run goes on.
 */
export const streamRunToSse = (stream: SseStream, run: Run, afterIndex: number): void => {
  let cursor = afterIndex;
  let blocked = false;
  let stallTimer: NodeJS.Timeout | null = null;

  const dropStalled = () => {
    const id = formatEventId(run.id, Math.max(cursor, 0));
    // Same id as the last entry sent, so the client's Last-Event-ID still points there.
    stream.send(
      id,
      'error',
      JSON.stringify({
        code: 'SLOW_CLIENT',
        message: 'The connection stopped taking data; reconnect to resume.',
        retryable: true,
      }),
    );
    stream.end();
  };

  /** Writes from the cursor on; `live` is the entry just appended, so the usual case reads nothing back. */
  const pump = (live?: LogEntry) => {
    blocked = false;
    if (stallTimer) clearTimeout(stallTimer);
    stallTimer = null;
    while (!stream.isClosed) {
      const entry = live?.index === cursor + 1 ? live : run.log.at(cursor + 1);
      if (!entry) return;
      cursor = entry.index;
      const accepted = stream.sendEntry(run.id, entry.index, entry.event, entry.data);
      if (entry.event === 'done') {
        stream.end();
        return;
      }
      if (!accepted) {
        blocked = true;
        stream.onDrain(() => pump());
        stallTimer = setTimeout(dropStalled, stream.slowClientTimeoutMs);
        stallTimer.unref();
        return;
      }
    }
  };

  const unsubscribe = run.subscribe(run.log.length - 1, (entry) => {
    if (!blocked) pump(entry);
  });
  stream.onClose(() => {
    unsubscribe();
    if (stallTimer) clearTimeout(stallTimer);
  });
  pump();
};
