import type { Redis } from 'ioredis';
import type { RunSlots } from '../limits/run-slots.js';
import { redisKeys } from './redis-keys.js';
import { LIVE_TTL_MS } from './run-cluster.js';

/**
 * Takes a slot in the user's set of generating runs unless it is full, in one step inside Redis,
 * so instances starting runs for one user at the same moment cannot overshoot. The set is the
 * one the run cluster keeps (a run's id is added on publish and removed when it ends or stops).
 */
const ACQUIRE = `
if redis.call('ZSCORE', KEYS[1], ARGV[2]) then return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

export const createRedisRunSlots = (redis: Redis, now: () => number): RunSlots => ({
  async acquire(userId, slotId, max) {
    const key = redisKeys.userRuns(userId);
    return Number(await redis.eval(ACQUIRE, 1, key, max, slotId, now(), LIVE_TTL_MS)) === 1;
  },
  async release(userId, slotId) {
    await redis.zrem(redisKeys.userRuns(userId), slotId);
  },
});
