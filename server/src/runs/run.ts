import type { ModelEvent } from '../../../shared/protocol/model-event.js';
import type { MessageStatus } from '../../../shared/protocol/message-status.js';
import type { SceneState } from '../../../shared/protocol/scene-state.js';
import type { SseMessage } from '../../../shared/protocol/sse-events.js';
import type { Usage } from '../../../shared/protocol/usage.js';
import { RunLog, type LogEntry } from './run-log.js';

export type Channel = 'sse' | 'socket';

/** Receives a run's log entries in order; returns nothing, must not throw. */
export type Subscriber = (entry: LogEntry) => void;

export type RunInit = {
  id: string;
  threadId: string;
  userId: string;
  userMessageId: string;
  assistantMessageId: string;
  message: string;
  scene: SceneState | null;
  /** Pairing key: runs for the same key may be joined by the other channel. */
  pairKey: string | null;
  requestId: string | null;
  /** True when the run answers an existing user message (regenerate). */
  regenerate: boolean;
  createdAt: number;
};

/**
 * One generation: its log, its subscribers and its outcome. Appending fans an entry out to every
 * subscriber synchronously, so "log from N, then live" never misses or repeats an entry.
 */
export class Run {
  readonly log = new RunLog();
  readonly abort = new AbortController();
  readonly claims = new Set<Channel>();
  status: MessageStatus = 'streaming';
  text = '';
  readonly events: ModelEvent[] = [];
  usage: Usage | null = null;
  endedAt: number | null = null;
  private readonly subscribers = new Set<Subscriber>();

  constructor(readonly init: RunInit) {}

  get id(): string {
    return this.init.id;
  }

  get ended(): boolean {
    return this.endedAt !== null;
  }

  append(message: SseMessage): LogEntry {
    const entry = this.log.append(message);
    for (const subscriber of this.subscribers) subscriber(entry);
    return entry;
  }

  /** Delivers entries after `afterIndex`, then live ones, until the returned function is called. */
  subscribe(afterIndex: number, subscriber: Subscriber): () => void {
    for (const entry of this.log.after(afterIndex)) subscriber(entry);
    if (this.ended) return () => undefined;
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Marks the end; later appends are a bug, so the caller appends `done` last. */
  finish(status: MessageStatus, now: number): void {
    this.status = status;
    this.endedAt = now;
    this.subscribers.clear();
  }
}
