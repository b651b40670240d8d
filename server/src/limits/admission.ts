import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';

export type AdmissionRequest = { userId: string; anonymous: boolean; ip: string };

export type AdmissionOptions = {
  /** New messages per identity per minute (0 = no limit). */
  perUserPerMinute: number;
  /** New messages per client IP per minute (0 = no limit). */
  perIpPerMinute: number;
  /** Messages an anonymous identity may send in 24 hours (0 = no limit). */
  anonDailyLimit: number;
  /** Runs one identity may have generating at once (0 = no limit). */
  maxConcurrentRuns: number;
  /** Messages this identity sent since `since`. */
  countMessagesSince: (userId: string, since: Date) => Promise<number>;
  /** Runs this identity has generating now. */
  liveRunsOf: (userId: string) => number | Promise<number>;
  /** Rate-limit stores; memory unless given (scale-out passes shared ones). */
  limiters?: { perUser?: RateLimiterAbstract; perIp?: RateLimiterAbstract };
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Decides whether a new message may start a run: concurrent runs, the anonymous daily quota,
 * then per-identity and per-IP rates. Throws the matching 429 `AppError`; a store failure
 * lets the message through rather than lock everyone out.
 */
export const createAdmission = (options: AdmissionOptions) => {
  const perUser =
    options.perUserPerMinute > 0
      ? (options.limiters?.perUser ??
        new RateLimiterMemory({
          keyPrefix: 'msg-user',
          points: options.perUserPerMinute,
          duration: 60,
        }))
      : null;
  const perIp =
    options.perIpPerMinute > 0
      ? (options.limiters?.perIp ??
        new RateLimiterMemory({
          keyPrefix: 'msg-ip',
          points: options.perIpPerMinute,
          duration: 60,
        }))
      : null;

  const consume = async (limiter: RateLimiterAbstract | null, key: string, what: string) => {
    if (!limiter) return;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', `Too many messages ${what}; try again in ${seconds} s`, {
        retryAfterSeconds: seconds,
      });
    }
  };

  return {
    async admit(request: AdmissionRequest): Promise<void> {
      if (
        options.maxConcurrentRuns > 0 &&
        (await options.liveRunsOf(request.userId)) >= options.maxConcurrentRuns
      ) {
        throw new AppError(
          'TOO_MANY_RUNS',
          `At most ${options.maxConcurrentRuns} answers can be generating at once; wait for one to finish or stop it`,
        );
      }
      if (request.anonymous && options.anonDailyLimit > 0) {
        const used = await options.countMessagesSince(
          request.userId,
          new Date(Date.now() - DAY_MS),
        );
        if (used >= options.anonDailyLimit) {
          throw new AppError(
            'ANON_LIMIT_REACHED',
            `Guests can send ${options.anonDailyLimit} messages a day; sign in to continue`,
          );
        }
      }
      await consume(perUser, request.userId, 'from you');
      await consume(perIp, request.ip, 'from your network');
    },

    /** Gives back the points of an admission that did not start a run after all. */
    async refund(request: AdmissionRequest): Promise<void> {
      await Promise.all([
        perUser?.reward(request.userId).catch(() => undefined),
        perIp?.reward(request.ip).catch(() => undefined),
      ]);
    },

    /** What `usage_info` reports. */
    async usage(userId: string, anonymous: boolean) {
      const used = await options.countMessagesSince(userId, new Date(Date.now() - DAY_MS));
      return {
        messages_used: used,
        messages_limit: anonymous && options.anonDailyLimit > 0 ? options.anonDailyLimit : null,
      };
    },
  };
};
export type Admission = ReturnType<typeof createAdmission>;
