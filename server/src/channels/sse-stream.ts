import type { Request, Response } from 'express';
import type { ErrorBody } from '../../../shared/protocol/error-code.js';
import type { MessageStatus } from '../../../shared/protocol/message-status.js';
import { formatEventId, type LogEntry } from '../runs/run-log.js';
import type { Run } from '../runs/run.js';
import { formatSseComment, formatSseFrame } from './sse-frame.js';
import { sseHeaders } from './sse-headers.js';

export type SseOptions = { retryMs: number; heartbeatMs: number; slowClientLimitBytes: number };

/**
 * An open SSE response: headers, `retry:`, heartbeats, and cleanup when either side closes.
 * Writes are dropped once closed, so late run entries never throw.
 */
export class SseStream {
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly closeHandlers: (() => void)[] = [];

  constructor(
    private readonly res: Response,
    req: Request,
    private readonly options: SseOptions,
  ) {
    res.status(200).set(sseHeaders);
    res.flushHeaders();
    res.socket?.setNoDelay(true);
    res.write(`retry: ${options.retryMs}\n\n`);
    this.heartbeat = setInterval(
      () => this.write(formatSseComment('heartbeat')),
      options.heartbeatMs,
    );
    this.heartbeat.unref();
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

  send(id: string, event: string, data: string): void {
    this.write(formatSseFrame({ id, event, data }));
  }

  /** Ends the stream after sending `error` then `done`, for failures with no run behind them. */
  fail(error: ErrorBody, status: MessageStatus = 'failed'): void {
    this.send('none:0', 'error', JSON.stringify(error));
    this.send('none:1', 'done', JSON.stringify({ run_id: null, status }));
    this.end();
  }

  end(): void {
    if (this.closed) return;
    this.res.end();
    this.dispose();
  }

  /** Bytes written but not yet taken by the client. */
  get backlog(): number {
    return this.res.writableLength;
  }

  private write(chunk: string): void {
    if (this.closed) return;
    this.res.write(chunk);
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const handler of this.closeHandlers.splice(0)) handler();
  }

  get slowClientLimit(): number {
    return this.options.slowClientLimitBytes;
  }
}

/**
 * Streams a run's log after `afterIndex`, then live entries, to an SSE response; ends after `done`.
 * Closing the response only unsubscribes: the run goes on. A client that stops reading is dropped
 * with a retryable `SLOW_CLIENT` error (it may resume with Last-Event-ID).
 */
export const streamRunToSse = (stream: SseStream, run: Run, afterIndex: number): void => {
  let unsubscribe: (() => void) | null = null;
  const deliver = (entry: LogEntry) => {
    if (stream.isClosed) return;
    stream.send(formatEventId(run.id, entry.index), entry.message.event, entry.data);
    if (entry.message.event === 'done') {
      stream.end();
      return;
    }
    if (stream.backlog > stream.slowClientLimit) {
      // Same id as the last entry sent, so the client's Last-Event-ID still points there.
      stream.send(
        formatEventId(run.id, entry.index),
        'error',
        JSON.stringify({
          code: 'SLOW_CLIENT',
          message: 'The connection fell too far behind; reconnect to resume.',
          retryable: true,
        }),
      );
      stream.end();
    }
  };
  unsubscribe = run.subscribe(afterIndex, deliver);
  stream.onClose(() => unsubscribe?.());
};
