import type { ModelEvent } from '#shared/protocol/model-event';
import type { MessageStatus } from '#shared/protocol/message-status';
import type { SceneState } from '#shared/protocol/scene-state';
import type { SseMessage } from '#shared/protocol/sse-events';
import type { Usage } from '#shared/protocol/usage';
import type { AppError } from '../errors/app-error.js';
import { RunLog, type LogEntry, type RunLogView } from './run-log.js';

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
 * One generation as its readers see it, whether this instance generates it (`LocalRun`) or
 * mirrors it from the instance that does (`RemoteRun`): its log, its subscribers, the answer so
 * far and its outcome, and a way to stop it. Appending fans an entry out to every subscriber
 * synchronously, so "log from N, then live" never misses or repeats an entry. The answer so far
 * (text, events, usage, status) is derived from what is appended; only the implementations
 * append, so no reader can put the run out of step with its log.
 */
export abstract class Run {
  readonly claims = new Set<Channel>();
  private readonly entries = new RunLog();
  private endTime: number | null = null;
  private readonly subscribers = new Set<Subscriber>();
  private answerText = '';
  private readonly answerEvents: ModelEvent[] = [];
  private answerUsage: Usage | null = null;
  private runStatus: MessageStatus = 'streaming';

  constructor(readonly init: RunInit) {}

  /** True for a run this instance generates; false for one mirrored from another instance. */
  abstract get generatedHere(): boolean;

  /** True once this instance has asked its generation to stop and it has not ended yet. */
  abstract get stopping(): boolean;

  /** Stops the generation wherever it runs; its streams then end with `error` + `done`. */
  abstract cancel(reason: AppError): Promise<void>;

  get id(): string {
    return this.init.id;
  }

  /** Every message so far, read-only: entries are added by `append` alone. */
  get log(): RunLogView {
    return this.entries;
  }

  get ended(): boolean {
    return this.endTime !== null;
  }

  /** When the run ended (ms since the epoch), null while it streams. */
  get endedAt(): number | null {
    return this.endTime;
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

  /** Delivers entries after `afterIndex`, then live ones, until the returned function is called. */
  subscribe(afterIndex: number, subscriber: Subscriber): () => void {
    for (const entry of this.entries.after(afterIndex)) subscriber(entry);
    if (this.ended) return () => undefined;
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Adds the next message to the log and to the answer so far, and fans it out. */
  protected append(message: SseMessage): LogEntry {
    if (message.event === 'token') this.answerText += message.data.content;
    else if (message.event === 'event') this.answerEvents.push(message.data);
    else if (message.event === 'complete') this.answerUsage = message.data.usage;
    const entry = this.entries.append(message);
    for (const subscriber of this.subscribers) subscriber(entry);
    return entry;
  }

  /** The provider reports usage before the answer completes; `complete` then carries it. */
  protected recordUsage(usage: Usage | null): void {
    this.answerUsage = usage;
  }

  /** Marks the end; later appends are a bug, so the caller appends `done` last. */
  protected finish(status: MessageStatus, now: number): void {
    this.runStatus = status;
    this.endTime = now;
    this.subscribers.clear();
  }
}
