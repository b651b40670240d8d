import { AppError } from '../errors/app-error.js';

/**
 * An assistant failure with its own retry verdict: a provider refusing the server's API key is
 * `AGENT_FAILED` like an overloaded one, but retrying cannot help. (`AppError` derives
 * `retryable` from the code alone.)
 */
export class AgentError extends AppError {
  override readonly retryable: boolean;
  /** The provider's HTTP status, when there was one. */
  readonly statusCode: number | undefined;

  constructor(
    code: 'AGENT_FAILED' | 'AGENT_TIMEOUT',
    message: string,
    options: { retryable: boolean; statusCode?: number; cause?: unknown },
  ) {
    super(code, message, { cause: options.cause });
    this.name = 'AgentError';
    this.retryable = options.retryable;
    this.statusCode = options.statusCode;
  }
}
