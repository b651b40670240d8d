import { AppError } from '../errors/app-error.js';
import type { ProviderFailureKind } from './classify-provider-error.js';

/** Why an answer failed, for logs and health: a provider failure, or the agent's own timeouts. */
export type AgentFailureReason = ProviderFailureKind | 'stalled' | 'no-first-token';

/**
 * An assistant failure with its own retry verdict: a provider refusing the server's API key is
 * `AGENT_FAILED` like an overloaded one, but retrying cannot help. (`AppError` derives
 * `retryable` from the code alone.)
 */
export class AgentError extends AppError {
  override readonly retryable: boolean;
  /** The provider's HTTP status, when there was one. */
  readonly statusCode: number | undefined;
  /** What went wrong, in a word the logs can count. */
  readonly reason: AgentFailureReason | undefined;

  constructor(
    code: 'AGENT_FAILED' | 'AGENT_TIMEOUT',
    message: string,
    options: {
      retryable: boolean;
      statusCode?: number;
      reason?: AgentFailureReason;
      cause?: unknown;
    },
  ) {
    super(code, message, { cause: options.cause });
    this.name = 'AgentError';
    this.retryable = options.retryable;
    this.statusCode = options.statusCode;
    this.reason = options.reason;
  }
}
