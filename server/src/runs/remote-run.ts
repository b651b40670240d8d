import type { SseMessage } from '#shared/protocol/sse-events';
import type { AppError } from '../errors/app-error.js';
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
    /** Asks the owner to stop the run (through the cluster's control stream). */
    private readonly requestCancel: (run: RemoteRun, reason: AppError) => Promise<void>,
  ) {
    super(init);
  }

  get generatedHere(): boolean {
    return false;
  }

  /** Only the owner knows whether it is stopping; the mirror learns of it from the log's end. */
  get stopping(): boolean {
    return false;
  }

  /** The owner stops it; its log then ends here as the owner's does. */
  cancel(reason: AppError): Promise<void> {
    return this.ended ? Promise.resolve() : this.requestCancel(this, reason);
  }

  /** Applies the owner's next log entry: the log, the answer so far, and the end. */
  mirror(message: SseMessage, now: number): void {
    if (this.ended) return;
    this.append(message);
    if (message.event === 'done') this.finish(message.data.status, now);
  }
}
