import type { SseMessage } from '#shared/protocol/sse-events';

/**
 * One message of a run's log: its index, its event name and its data as sent (JSON). The parsed
 * message is what was appended, for live subscribers; for replays it is parsed again on first
 * use, so the log itself keeps only the two strings.
 */
export class LogEntry {
  private parsed: SseMessage | undefined;

  constructor(
    readonly index: number,
    readonly event: SseMessage['event'],
    readonly data: string,
    message?: SseMessage,
  ) {
    this.parsed = message;
  }

  get message(): SseMessage {
    this.parsed ??= { event: this.event, data: JSON.parse(this.data) as unknown } as SseMessage;
    return this.parsed;
  }
}

/** A run log as its readers see it: nothing can be appended through it. */
export type RunLogView = Pick<RunLog, 'after' | 'at' | 'length' | 'bytes'>;

/**
 * The replay buffer of one run: every stream message in order, numbered from 0. A subscriber is
 * "the log from index N, then live"; the SSE `id:` is `<runId>:<index>`. A thousand streaming
 * answers keep hundreds of thousands of entries alive, so an entry is kept as two array slots
 * (its event name and its JSON), not as objects: what the log retains per token is what the
 * garbage collector walks on every full collection.
 */
export class RunLog {
  private readonly events: SseMessage['event'][] = [];
  private readonly payloads: string[] = [];
  private byteCount = 0;

  append(message: SseMessage): LogEntry {
    const data = JSON.stringify(message.data);
    const entry = new LogEntry(this.events.length, message.event, data, message);
    this.events.push(message.event);
    this.payloads.push(data);
    this.byteCount += data.length;
    return entry;
  }

  /** Entries with index greater than `afterIndex` (-1 for all). */
  after(afterIndex: number): LogEntry[] {
    const entries: LogEntry[] = [];
    for (let index = Math.max(0, afterIndex + 1); index < this.events.length; index += 1)
      entries.push(this.at(index) as LogEntry);
    return entries;
  }

  /** The entry at `index`, if appended yet. */
  at(index: number): LogEntry | undefined {
    const event = this.events[index];
    return event === undefined ? undefined : new LogEntry(index, event, this.payloads[index] ?? '');
  }

  get length(): number {
    return this.events.length;
  }

  /** Approximate size of the data held, for memory accounting. */
  get bytes(): number {
    return this.byteCount;
  }
}
