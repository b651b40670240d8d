import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';
import type { GenerationLedger } from '../store/generation-ledger.js';
import type { RunSlots } from './run-slots.js';

export type AdmissionRequest = {
  userId: string;
  anonymous: boolean;
  /** The client address key (client-address.ts): one per IPv4 address or IPv6 /64. */
  ip: string;
};

export type AdmissionOptions = {
  /** New generations per identity per minute (0 = no limit). */
  perUserPerMinute: number;
  /** New generations per client address per minute (0 = no limit). */
  perIpPerMinute: number;
  /** Generations a guest may start in 24 hours (0 = no limit). */
  anonDailyLimit: number;
  /** Generations all guests of one address may start in 24 hours (0 = no limit). */
  anonDailyAddressLimit: number;
  /** Runs one identity may have generating at once (0 = no limit). */
  maxConcurrentRuns: number;
  ledger: GenerationLedger;
  slots: RunSlots;
  /** Rate-limit stores; memory unless given (scale-out passes shared ones). */
  limiters?: { perUser?: RateLimiterAbstract; perIp?: RateLimiterAbstract };
};

/** An admitted generation, for run `runId`. */
export type Ticket = {
  readonly runId: string;
  /** The run did not start after all: every step's reservation is given back. */
  release(): Promise<void>;
  /** The run ended or was stopped: its concurrency slot is free again (idempotent). */
  end(): void;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The one gate every generation passes (a new message on either channel, a regenerate, any
 * retry): the concurrent-run slot, then per-identity and per-address rates, then the guests'
 * daily quotas. Each step reserves rather than checks, so parallel starts get exactly the limit;
 * a refusal gives back what earlier steps took. A rate store that fails lets the request
 * through rather than lock everyone out.
 */
export const createAdmission = (options: AdmissionOptions) => {
  const minuteLimiter = (points: number, keyPrefix: string, given?: RateLimiterAbstract) =>
    points > 0 ? (given ?? new RateLimiterMemory({ keyPrefix, points, duration: 60 })) : null;
  const perUser = minuteLimiter(options.perUserPerMinute, 'msg-user', options.limiters?.perUser);
  const perIp = minuteLimiter(options.perIpPerMinute, 'msg-ip', options.limiters?.perIp);

  const consume = async (limiter: RateLimiterAbstract | null, key: string, what: string) => {
    if (!limiter) return false;
    try {
      await limiter.consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return false;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', `Too many messages ${what}; try again in ${seconds} s`, {
        retryAfterSeconds: seconds,
      });
    }
  };
  const refund = (limiter: RateLimiterAbstract | null, key: string) =>
    limiter?.reward(key).then(
      () => undefined,
      () => undefined,
    );

  const releaseSlot = (request: AdmissionRequest, runId: string) =>
    Promise.resolve(options.slots.release(request.userId, runId)).catch(() => undefined);

  return {
    /** Admits one generation for run `runId`, or throws the matching 429 `AppError`. */
    async admit(
      request: AdmissionRequest,
      runId: string,
      /** `quota: false`: a step that costs no model call (a graded quiz answer). */
      options_: { quota?: boolean } = {},
    ): Promise<Ticket> {
      const undo: (() => Promise<unknown> | undefined)[] = [];
      const giveBack = () => Promise.all(undo.map((step) => step())).then(() => undefined);
      try {
        if (options.maxConcurrentRuns > 0) {
          const taken = await options.slots.acquire(
            request.userId,
            runId,
            options.maxConcurrentRuns,
          );
          if (!taken)
            throw new AppError(
              'TOO_MANY_RUNS',
              `At most ${options.maxConcurrentRuns} answers can be generating at once; wait for one to finish or stop it`,
            );
          undo.push(() => releaseSlot(request, runId));
        }
        if (await consume(perUser, request.userId, 'from you'))
          undo.push(() => refund(perUser, request.userId));
        if (await consume(perIp, request.ip, 'from your network'))
          undo.push(() => refund(perIp, request.ip));
        if (options_.quota !== false) {
          await options.ledger.reserve(
            {
              id: runId,
              userId: request.userId,
              address: request.ip,
              anonymous: request.anonymous,
            },
            { perGuest: options.anonDailyLimit, perGuestAddress: options.anonDailyAddressLimit },
          );
          undo.push(() => options.ledger.cancel(runId).catch(() => undefined));
        }
      } catch (error) {
        await giveBack();
        throw error;
      }
      return {
        runId,
        release: giveBack,
        end: () => void releaseSlot(request, runId),
      };
    },

    /** What `usage_info` reports. */
    async usage(userId: string, anonymous: boolean) {
      const used = await options.ledger.countSince(userId, new Date(Date.now() - DAY_MS));
      return {
        messages_used: used,
        messages_limit: anonymous && options.anonDailyLimit > 0 ? options.anonDailyLimit : null,
      };
    },
  };
};
export type Admission = ReturnType<typeof createAdmission>;
