import type { SseMessage } from '../../../shared/protocol/sse-events.js';
import { Run, type RunInit } from './run.js';

/**
 * A run another instance generates, mirrored here from its shared log so this instance's
 * clients can stream it, resume it and cancel it. Its log indexes equal the owner's.
 */
export class RemoteRun extends Run {
  constructor(
    init: RunInit,
    /** The instance that generates the run. */
    readonly owner: string,
  ) {
    super(init);
  }

  /** Applies the owner's next log entry: the log, the answer so far, and the end. */
  mirror(message: SseMessage, now: number): void {
    if (this.ended) return;
    if (message.event === 'token') this.text += message.data.content;
    if (message.event === 'event') this.events.push(message.data);
    if (message.event === 'complete') this.usage = message.data.usage;
    this.append(message);
    if (message.event === 'done') this.finish(message.data.status, now);
  }
}
