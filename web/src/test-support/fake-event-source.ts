import type { EventSourceLike } from '../net/event-source-like';

/** A scriptable EventSource for tests: `emit` fires listeners as the browser would. */
export class FakeEventSource implements EventSourceLike {
  readyState = 1;
  closed = false;
  private readonly listeners = new Map<string, Set<(event: Event) => void>>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: Event) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }

  removeEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  /** A named message (with data), or a connection error (`error` without data). */
  emit(type: string, data?: unknown, lastEventId = ''): void {
    const event = (data === undefined
      ? { type }
      : { type, data: JSON.stringify(data), lastEventId }) as unknown as Event;
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}
