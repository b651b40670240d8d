import { createHash } from 'node:crypto';

/**
 * Every Redis key the cluster uses, in one place. Braces are not used: runs are spread over
 * plain keys, and the scripts that touch several keys only ever name keys of one run.
 */
export const redisKeys = {
  /** Hash: the run's init (JSON) and the instance that generates it. */
  run: (runId: string) => `anatomy:run:${runId}`,
  /** Stream: the run's log; entry `0-(index+1)` is log index `index`. */
  runLog: (runId: string) => `anatomy:run:${runId}:log`,
  /** String: the run id a message's pairing key is bound to, and the channels that claimed it. */
  pair: (pairKey: string, requestId: string | null) =>
    `anatomy:pair:${createHash('sha256')
      .update(`${pairKey}\u0000${requestId ?? ''}`)
      .digest('base64url')}`,
  pairClaims: (pairRedisKey: string) => `${pairRedisKey}:claims`,
  /** String: the run generating in a thread now. */
  threadRun: (threadId: string) => `anatomy:thread:${threadId}:run`,
  /** String: held while a regenerate of the thread is starting (one at a time). */
  regenerating: (threadId: string) => `anatomy:thread:${threadId}:regenerating`,
  /** Sorted set: a user's generating runs, scored by start time. */
  userRuns: (userId: string) => `anatomy:user:${userId}:runs`,
  /** Set: the runs an instance generates. */
  instanceRuns: (instanceId: string) => `anatomy:instance:${instanceId}:runs`,
  /** Stream: commands for an instance (cancel a run it generates). */
  instanceControl: (instanceId: string) => `anatomy:instance:${instanceId}:control`,
  /** Sorted set: instance id → when its lease runs out (ms since the epoch). */
  instances: 'anatomy:instances',
  /** String: held by the instance that cleans up after a dead one. */
  reaping: (instanceId: string) => `anatomy:reaping:${instanceId}`,
} as const;

/** Log index ↔ stream entry id: explicit ids make "the log after N" one XRANGE. */
export const streamIdOf = (index: number): string => `0-${index + 1}`;
export const indexOfStreamId = (id: string): number => Number(id.slice(id.indexOf('-') + 1)) - 1;
