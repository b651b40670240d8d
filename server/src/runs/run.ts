import type { ModelEvent } from '../../../shared/protocol/model-event.js';
import type { MessageStatus } from '../../../shared/protocol/message-status.js';
import type { SceneState } from '../../../shared/protocol/scene-state.js';
import type { SseMessage } from '../../../shared/protocol/sse-events.js';
import type { Usage } from '../../../shared/protocol/usage.js';
import type { AppError } from '../errors/app-error.js';
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
 * subscriber synchronously, so "log from N, then live" never misses or repeats an entry. The
 * answer so far (text, events, usage) is derived from what is appended, never set from outside,
 * so a run generated here and one mirrored from another instance read the same way.
 */
export class Run {
  readonly log = new RunLog();
  readonly abort = new AbortController();
  readonly claims = new Set<Channel>();
  private endTime: number | null = null;
  private readonly subscribers = new Set<Subscriber>();
  private answerText = '';
  private readonly answerEvents: ModelEvent[] = [];
  private answerUsage: Usage | null = null;
  private runStatus: MessageStatus = 'streaming';

  constructor(readonly init: RunInit) {}

  get id(): string {
    return this.init.id;
  }

  get ended(): boolean {
    return this.endTime !== null;
  }

  /** When the run ended (ms since the epoch), null while it streams. */
  get endedAt(): number | null {
    return this.endTime;
  }

  /** True for a run this instance generates; false for one mirrored from another instance. */
  get generatedHere(): boolean {
    return true;
  }

  /** The answer's text so far: every `token` appended. */
  get text(): string {
    return this.answerText;
  }

  /** The model events so far: every `event` appended, in order. */
  get events(): readonly ModelEvent[] {
    return this.answerEvents;
  }

  /** The provider's token counts, once known. */
  get usage(): Usage | null {
    return this.answerUsage;
  }

  /** `streaming` until the run ends, then how it ended. */
  get status(): MessageStatus {
    return this.runStatus;
  }

  append(message: SseMessage): LogEntry {
    if (message.event === 'token') this.answerText += message.data.content;
    else if (message.event === 'event') this.answerEvents.push(message.data);
    else if (message.event === 'complete') this.answerUsage = message.data.usage;
    const entry = this.log.append(message);
    for (const subscriber of this.subscribers) subscriber(entry);
    return entry;
  }

  /** The provider reports usage before the answer completes; `complete` then carries it. */
  recordUsage(usage: Usage | null): void {
    this.answerUsage = usage;
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

  /** Stops the generation; its streams then end with `error` + `done`. */
  cancel(reason: AppError): Promise<void> {
    if (!this.ended) this.abort.abort(reason);
    return Promise.resolve();
  }

  /** Marks the end; later appends are a bug, so the caller appends `done` last. */
  finish(status: MessageStatus, now: number): void {
    this.runStatus = status;
    this.endTime = now;
    this.subscribers.clear();
  }
}
