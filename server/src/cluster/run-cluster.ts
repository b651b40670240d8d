import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ErrorBody } from '#shared/protocol/error-code';
import type { SseMessage } from '#shared/protocol/sse-events';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';
import type { LocalRun } from '../runs/local-run.js';
import { RemoteRun } from '../runs/remote-run.js';
import type { Channel, Run, RunInit } from '../runs/run.js';
import type { RunRegistry } from '../runs/run-registry.js';
import { indexOfStreamId, redisKeys, streamIdOf } from './redis-keys.js';
import { parseStreamEntries, type StreamEntry, type StreamTailer } from './stream-tailer.js';

export type RunClusterDeps = {
  redis: Redis;
  tailer: StreamTailer;
  registry: RunRegistry;
  instanceId: string;
  log: Logger;
  /** How long an ended run's shared log stays replayable. */
  graceMs: number;
  pairWindowMs: number;
  now: () => number;
};

/** A live run's keys expire on their own after this long, should every instance die at once. */
export const LIVE_TTL_MS = 6 * 60 * 60_000;

/**
 * Binds a message's pairing key to one run, atomically: the first caller's run wins and the key
 * carries its metadata, so the loser can mirror it at once. With a request id every channel joins
 * the winner; without one, a channel that already claimed the key starts a new run (a repeat).
 */
const CLAIM_PAIR = `
local current = redis.call('GET', KEYS[1])
if current then
  if ARGV[4] == '1' or redis.call('SADD', KEYS[2], ARGV[2]) == 1 then return current end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
redis.call('DEL', KEYS[2])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('HSET', KEYS[3], 'init', ARGV[5], 'owner', ARGV[6])
redis.call('PEXPIRE', KEYS[3], ARGV[7])
return ARGV[1]
`;

/** Deletes a key only while it still holds the given value. */
const DELETE_IF = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * Ends a dead owner's log with `error` INTERRUPTED + `done`, unless it already ended. Runs in
 * Redis, so an owner that comes back cannot interleave: its next explicit id is then too small.
 */
const INTERRUPT_LOG = `
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if last[1] then
  local fields = last[1][2]
  for i = 1, #fields, 2 do
    if fields[i] == 'e' and fields[i + 1] == 'done' then return 0 end
  end
end
redis.call('XADD', KEYS[1], '0-*', 'e', 'error', 'd', ARGV[1])
redis.call('XADD', KEYS[1], '0-*', 'e', 'done', 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1
`;

/** Redis failing mid-request: a clear, retryable error instead of an internal one. */
const shared = async <T>(operation: Promise<T>): Promise<T> => {
  try {
    return await operation;
  } catch (error) {
    throw new AppError('STORE_FAILED', 'Shared state (Redis) is unavailable; try again shortly.', {
      cause: error,
    });
  }
};

const toMessage = (entry: StreamEntry): SseMessage | null => {
  const { e: event, d: data } = entry.fields;
  if (!event || data === undefined) return null;
  try {
    return { event, data: JSON.parse(data) } as SseMessage;
  } catch {
    return null;
  }
};

const parseInit = (json: string | undefined): RunInit | null => {
  if (!json) return null;
  try {
    return JSON.parse(json) as RunInit;
  } catch {
    return null;
  }
};

/**
 * Runs across instances. The instance that generates a run writes its log to a Redis stream as
 * it goes; any other instance mirrors that stream into a `RemoteRun` for its own clients, and
 * sends cancels to the owner's control stream. Pairing the two channels of one message goes
 * through one atomic claim, so a message is generated once wherever its requests land.
 */
export const createRunCluster = (deps: RunClusterDeps) => {
  const { redis, registry, tailer, log } = deps;
  const mirroring = new Map<string, Promise<Run | undefined>>();
  const cancelHandlers = new Set<(runId: string, reason: ErrorBody) => void>();

  // Writes that fail while Redis is away are logged once per outage, not once per token.
  let outageLogged = false;
  redis.on('ready', () => (outageLogged = false));
  const warn = (what: string, runId: string) => (error: unknown) => {
    if (outageLogged) return;
    outageLogged = true;
    log.warn(
      { err: error, runId },
      `${what} (further failures are not logged until Redis is back)`,
    );
  };

  const initJson = (run: Run) => JSON.stringify(run.init);

  /** Commands for this instance: cancels sent from elsewhere. */
  tailer.follow(redisKeys.instanceControl(deps.instanceId), '0-0', (entries) => {
    for (const entry of entries) {
      const { type, run_id: runId, reason } = entry.fields;
      if (type !== 'cancel' || !runId) continue;
      try {
        const body = JSON.parse(reason ?? '{}') as ErrorBody;
        for (const handler of cancelHandlers) handler(runId, body);
      } catch (error) {
        log.warn({ err: error, runId }, 'unreadable cancel command');
      }
    }
  });

  /** Asks the owner of a mirrored run to stop it; its log then ends as a local run's would. */
  const sendCancel = async (run: RemoteRun, reason: AppError): Promise<void> => {
    await shared(
      redis.xadd(
        redisKeys.instanceControl(run.owner),
        'MAXLEN',
        '~',
        1000,
        '*',
        'type',
        'cancel',
        'run_id',
        run.id,
        'reason',
        JSON.stringify(reason.toBody()),
      ),
    );
  };

  const mirror = async (runId: string): Promise<Run | undefined> => {
    const meta = await redis.hgetall(redisKeys.run(runId));
    const init = parseInit(meta.init);
    if (!init || !meta.owner) return undefined;
    const local = registry.get(runId);
    if (local) return local;
    const run = new RemoteRun(init, meta.owner, sendCancel);
    registry.add(run);
    const logKey = redisKeys.runLog(runId);
    let expected = 0;
    const apply = (entries: StreamEntry[]) => {
      for (const entry of entries) {
        // Entries arrive once each and in order; anything else is a bug worth a line in the log.
        const index = indexOfStreamId(entry.id);
        const message = toMessage(entry);
        if (index !== expected || !message) {
          log.error({ runId, index, expected }, 'mirrored log out of order; entry skipped');
          continue;
        }
        expected += 1;
        run.mirror(message, deps.now());
      }
      if (run.ended) {
        tailer.unfollow(logKey);
        registry.retire(run);
      }
    };
    const raw = (await redis.xrange(logKey, '-', '+')) as [string, string[]][];
    const entries = parseStreamEntries(raw);
    apply(entries);
    if (!run.ended) tailer.follow(logKey, entries.at(-1)?.id ?? '0-0', apply);
    return run;
  };

  return {
    /** Shares a run this instance generates: its metadata, its log as it grows, its end. */
    publish(run: LocalRun): void {
      const { id, threadId, userId } = run.init;
      const runKey = redisKeys.run(id);
      const logKey = redisKeys.runLog(id);
      redis
        .multi()
        .hset(runKey, 'init', initJson(run), 'owner', deps.instanceId)
        .pexpire(runKey, LIVE_TTL_MS)
        .set(redisKeys.threadRun(threadId), id, 'PX', LIVE_TTL_MS)
        .zadd(redisKeys.userRuns(userId), run.init.createdAt, id)
        .pexpire(redisKeys.userRuns(userId), LIVE_TTL_MS)
        .sadd(redisKeys.instanceRuns(deps.instanceId), id)
        .exec()
        .catch(warn('could not share the run', id));
      // A run being stopped no longer counts against the user's concurrent runs.
      run.abort.signal.addEventListener(
        'abort',
        () => void redis.zrem(redisKeys.userRuns(userId), id).catch(warn('zrem failed', id)),
        { once: true },
      );
      // One connection sends these in order, so the shared log is the local log.
      run.subscribe(-1, (entry) => {
        redis
          .xadd(logKey, streamIdOf(entry.index), 'e', entry.event, 'd', entry.data)
          .catch(warn('could not share a log entry', id));
        if (entry.event !== 'done') return;
        redis
          .multi()
          .pexpire(logKey, deps.graceMs)
          .pexpire(runKey, deps.graceMs)
          .zrem(redisKeys.userRuns(userId), id)
          .srem(redisKeys.instanceRuns(deps.instanceId), id)
          .eval(DELETE_IF, 1, redisKeys.threadRun(threadId), id)
          .exec()
          .catch(warn('could not retire the shared run', id));
      });
    },

    /**
     * Claims the message's pairing for `run` (not yet launched). Returns the run id that holds
     * it: `run.id` when this run is the one to generate, another id when the message is already
     * being answered, possibly by another instance.
     */
    async claimPair(run: Run, channel: Channel): Promise<string> {
      const { pairKey, requestId } = run.init;
      if (pairKey === null) return run.id;
      const key = redisKeys.pair(pairKey, requestId);
      const ttl = requestId === null ? deps.pairWindowMs : deps.pairWindowMs + deps.graceMs;
      const winner = await shared(
        redis.eval(
          CLAIM_PAIR,
          3,
          key,
          redisKeys.pairClaims(key),
          redisKeys.run(run.id),
          run.id,
          channel,
          Math.max(1, ttl),
          requestId === null ? '0' : '1',
          initJson(run),
          deps.instanceId,
          LIVE_TTL_MS,
        ),
      );
      return String(winner);
    },

    /** The run with this id, mirrored from its owner when it is not this instance's. */
    find(runId: string): Promise<Run | undefined> {
      const local = registry.get(runId);
      if (local) return Promise.resolve(local);
      let pending = mirroring.get(runId);
      if (!pending) {
        pending = shared(mirror(runId)).finally(() => mirroring.delete(runId));
        mirroring.set(runId, pending);
      }
      return pending;
    },

    /** The id of the run generating in a thread, on any instance. */
    activeRunId: (threadId: string): Promise<string | null> =>
      shared(redis.get(redisKeys.threadRun(threadId))),

    /** Asks the owner of a mirrored run to stop it; its log then ends as a local run's would. */
    cancel: sendCancel,

    /**
     * Ends a run whose owner died: its shared log gets `error` INTERRUPTED + `done` (so every
     * stream of it ends), and it stops counting as generating. Returns its init, or null if the
     * run is unknown or had already ended.
     */
    async interrupt(runId: string): Promise<RunInit | null> {
      const init = parseInit((await redis.hget(redisKeys.run(runId), 'init')) ?? undefined);
      const error: ErrorBody = {
        code: 'INTERRUPTED',
        message: 'The server answering this stopped; try again.',
        retryable: true,
      };
      const ended = await redis.eval(
        INTERRUPT_LOG,
        2,
        redisKeys.runLog(runId),
        redisKeys.run(runId),
        JSON.stringify(error),
        JSON.stringify({ run_id: runId, status: 'interrupted' }),
        deps.graceMs,
      );
      if (!init) return null;
      await redis
        .multi()
        .zrem(redisKeys.userRuns(init.userId), runId)
        .eval(DELETE_IF, 1, redisKeys.threadRun(init.threadId), runId)
        .exec();
      return Number(ended) === 1 ? init : null;
    },

    /**
     * Claims the thread's regenerate on every instance; null when another is starting. The
     * claim expires on its own should this instance die before giving it back.
     */
    async claimRegenerate(threadId: string): Promise<(() => void) | null> {
      const key = redisKeys.regenerating(threadId);
      const token = randomUUID();
      const claimed = await shared(redis.set(key, token, 'PX', 30_000, 'NX'));
      if (claimed !== 'OK') return null;
      return () =>
        void redis
          .eval(DELETE_IF, 1, key, token)
          .catch(warn('could not free a regenerate', threadId));
    },

    /** Told of every cancel another instance sends for a run of this one. */
    onCancel(handler: (runId: string, reason: ErrorBody) => void): void {
      cancelHandlers.add(handler);
    },
  };
};
export type RunCluster = ReturnType<typeof createRunCluster>;

/** A cancel command's body back as the error the run ends with. */
export const cancelReason = (body: ErrorBody): AppError =>
  new AppError(body.code, body.message || 'The answer was stopped.');
