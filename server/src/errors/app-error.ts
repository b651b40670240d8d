import type { z } from 'zod';
import type { ErrorBody, ErrorCode } from '#shared/protocol/error-code';

const marker = Symbol.for('anatomy-tutor.app-error');

const statusByCode: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  THREAD_NOT_FOUND: 404,
  RUN_NOT_FOUND: 404,
  MESSAGE_NOT_FOUND: 404,
  QUESTION_NOT_FOUND: 404,
  QUESTION_CLOSED: 409,
  RUN_ENDED: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  ANON_LIMIT_REACHED: 429,
  TOO_MANY_RUNS: 429,
  SLOW_CLIENT: 503,
  IDLE_TIMEOUT: 408,
  AGENT_FAILED: 502,
  AGENT_TIMEOUT: 504,
  STORE_FAILED: 503,
  INTERRUPTED: 503,
  INTERNAL: 500,
  cancelled: 499,
};

const retryableCodes = new Set<ErrorCode>([
  'RATE_LIMITED',
  'SLOW_CLIENT',
  'IDLE_TIMEOUT',
  'AGENT_FAILED',
  'AGENT_TIMEOUT',
  'STORE_FAILED',
  'INTERRUPTED',
  'INTERNAL',
]);

/** The one error the server throws on purpose; it maps to an HTTP status and a wire `ErrorBody`. */
export class AppError extends Error {
  readonly [marker] = true;
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly issues: ErrorBody['issues'];
  /** For 429s: when to try again (sent as `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: ErrorBody['issues']; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.name = 'AppError';
    this.code = code;
    this.status = statusByCode[code];
    this.retryable = retryableCodes.has(code);
    this.issues = options.issues;
  }

  static isInstance(value: unknown): value is AppError {
    return typeof value === 'object' && value !== null && marker in value;
  }

  /** A 400 listing every issue zod found, with its path. */
  static invalid(error: z.ZodError, what: string): AppError {
    const issues = error.issues.map((i) => ({
      path: i.path.join('.') || '(root)',
      message: i.message,
    }));
    const summary = issues
      .map((i) => (i.path === '(root)' ? i.message : `${i.path}: ${i.message}`))
      .join('; ');
    return new AppError('INVALID_REQUEST', `Invalid ${what}: ${summary}`, { issues });
  }

  toBody(request?: string): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(request ? { request } : {}),
    };
  }
}

/** Any thrown value as a wire error; unknown errors never leak their message or stack. */
export const toErrorBody = (error: unknown, request?: string): ErrorBody =>
  AppError.isInstance(error)
    ? error.toBody(request)
    : {
        code: 'INTERNAL',
        message: 'Internal server error',
        retryable: true,
        ...(request ? { request } : {}),
      };
