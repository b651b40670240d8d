import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { redisKeys } from './redis-keys.js';

export type InstanceLeaseDeps = {
  redis: Redis;
  instanceId: string;
  /** An instance that has not renewed its lease for this long is dead. */
  leaseMs: number;
  log: Logger;
  now: () => number;
  /** Ends a dead instance's runs; called by exactly one live instance per dead one. */
  reap: (deadInstanceId: string, runIds: string[]) => Promise<void>;
};

/**
 * Keeps this instance's lease in a shared sorted set and, on every renewal, looks for instances
 * whose lease ran out: one live instance (whoever takes the reaping lock) ends their runs.
 * Lease times come from each instance's clock, so clocks must agree to well within a lease.
 */
export const startInstanceLease = (deps: InstanceLeaseDeps) => {
  const { redis, instanceId, leaseMs, log } = deps;
  let stopped = false;

  const reapDead = async () => {
    const dead = await redis.zrangebyscore(redisKeys.instances, '-inf', deps.now());
    for (const other of dead) {
      if (other === instanceId) continue;
      const lock = await redis.set(redisKeys.reaping(other), instanceId, 'PX', leaseMs, 'NX');
      if (lock !== 'OK') continue;
      const runIds = await redis.smembers(redisKeys.instanceRuns(other));
      log.warn({ instance: other, runs: runIds.length }, 'an instance stopped; ending its runs');
      await deps.reap(other, runIds);
      await redis
        .multi()
        .del(redisKeys.instanceRuns(other))
        .zrem(redisKeys.instances, other)
        .exec();
    }
  };

  const tick = async () => {
    try {
      await redis.zadd(redisKeys.instances, deps.now() + leaseMs, instanceId);
      await reapDead();
    } catch (error) {
      if (!stopped) log.warn({ err: error }, 'instance lease renewal failed');
    }
  };

  // Restarted under the same INSTANCE_ID before its lease lapsed: nobody else will see this
  // instance dead, so it ends what its previous process left behind itself.
  const endLeftovers = async () => {
    const leftovers = await redis.smembers(redisKeys.instanceRuns(instanceId));
    if (leftovers.length === 0) return;
    log.warn({ runs: leftovers.length }, 'ending runs left by this instance’s previous process');
    await deps.reap(instanceId, leftovers);
    await redis.del(redisKeys.instanceRuns(instanceId));
  };

  const ready = endLeftovers().then(tick);
  const timer = setInterval(() => void tick(), Math.max(50, Math.floor(leaseMs / 3)));
  timer.unref();

  return {
    /** Resolves after the first renewal and the first look for dead instances. */
    ready,
    /** Gives the lease up: a clean stop leaves nothing to reap. */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await redis.zrem(redisKeys.instances, instanceId).catch(() => undefined);
    },
  };
};
