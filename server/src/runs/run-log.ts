import type { SseMessage } from '#shared/protocol/sse-events';

export type LogEntry = {
  readonly index: number;
  readonly message: SseMessage;
  readonly data: string;
};

/** A run log as its readers see it: nothing can be appended through it. */
export type RunLogView = Pick<RunLog, 'after' | 'at' | 'length' | 'bytes'>;

/**
 * The replay buffer of one run: every stream message in order, numbered from 0. A subscriber is
 * "the log from index N, then live"; the SSE `id:` is `<runId>:<index>`.
 */
export class RunLog {
  private readonly entries: LogEntry[] = [];
  private byteCount = 0;

  append(message: SseMessage): LogEntry {
    const data = JSON.stringify(message.data);
    const entry: LogEntry = { index: this.entries.length, message, data };
    this.entries.push(entry);
    this.byteCount += data.length;
    return entry;
  }

  /** Entries with index greater than `afterIndex` (-1 for all). */
  after(afterIndex: number): readonly LogEntry[] {
    return this.entries.slice(Math.max(0, afterIndex + 1));
  }

  /** The entry at `index`, if appended yet. */
  at(index: number): LogEntry | undefined {
    return this.entries[index];
  }

  get length(): number {
    return this.entries.length;
  }

  /** Approximate size of the data held, for memory accounting. */
  get bytes(): number {
    return this.byteCount;
  }
}
