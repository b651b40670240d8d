import type { ClientSocket } from '../net/client-socket';

type Handler = (...args: unknown[]) => void;

/** The slice of a socket.io client the chat controller uses, recording what it emits. */
export class FakeSocket {
  connected = true;
  readonly emitted: { event: string; payload: unknown }[] = [];
  /** Answers for acknowledged events, by event name. */
  readonly acks = new Map<string, (payload: unknown) => unknown>();
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  emit(event: string, payload?: unknown): this {
    this.emitted.push({ event, payload });
    return this;
  }

  timeout(_ms: number) {
    return {
      emitWithAck: async (event: string, payload: unknown) => {
        this.emitted.push({ event, payload });
        const answer = this.acks.get(event);
        if (!answer) throw new Error('operation has timed out');
        return answer(payload);
      },
    };
  }

  /** Delivers a server event to the registered handlers. */
  receive(event: string, payload: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(payload);
  }

  asClient(): ClientSocket {
    return this as unknown as ClientSocket;
  }
}
