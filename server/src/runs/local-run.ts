import type { MessageStatus } from '#shared/protocol/message-status';
import type { SseMessage } from '#shared/protocol/sse-events';
import type { Usage } from '#shared/protocol/usage';
import type { AppError } from '../errors/app-error.js';
import type { LogEntry } from './run-log.js';
import { Run } from './run.js';

/**
 * A run this instance generates (or replays from the database): whoever drives the generation
 * appends its messages and finishes it, and stops it through `abort`.
 */
export class LocalRun extends Run {
  /** Fires when the generation is to stop; its reason is the error the run ends with. */
  readonly abort = new AbortController();

  get generatedHere(): boolean {
    return true;
  }

  get stopping(): boolean {
    return !this.ended && this.abort.signal.aborted;
  }

  cancel(reason: AppError): Promise<void> {
    if (!this.ended) this.abort.abort(reason);
    return Promise.resolve();
  }

  override append(message: SseMessage): LogEntry {
    return super.append(message);
  }

  override recordUsage(usage: Usage | null): void {
    super.recordUsage(usage);
  }

  override finish(status: MessageStatus, now: number): void {
    super.finish(status, now);
  }
}
