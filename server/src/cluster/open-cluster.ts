import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';
import type { RunRegistry } from '../runs/run-registry.js';
import { startInstanceLease } from './instance-lease.js';
import { createRunCluster, type RunCluster } from './run-cluster.js';
import { createStreamTailer } from './stream-tailer.js';

export type ClusterOptions = {
  redisUrl: string;
  instanceId?: string | undefined;
  leaseMs: number;
  graceMs: number;
  pairWindowMs: number;
  perUserPerMinute: number;
  perIpPerMinute: number;
  registry: RunRegistry;
  log: Logger;
  now: () => number;
};

/**
 * Everything an instance shares with the others through Redis: runs (logs, pairing, cancel),
 * the Socket.IO adapter, rate-limit counters and the instance lease.
 */
/** What an instance holds of the cluster. */
export type Cluster = {
  readonly instanceId: string;
  readonly redis: Redis;
  readonly runs: RunCluster;
  /** The Socket.IO adapter that carries rooms and broadcasts between instances. */
  readonly adapter: ReturnType<typeof createAdapter>;
  readonly limiters: { readonly perUser: RateLimiterRedis; readonly perIp: RateLimiterRedis };
  /** Takes the lease; `reap` ends the runs of instances found dead, now and later. */
  start(reap: (deadInstanceId: string, runIds: string[]) => Promise<void>): Promise<void>;
  close(): Promise<void>;
};

export const openCluster = async (options: ClusterOptions): Promise<Cluster> => {
  const { log } = options;
  const instanceId = options.instanceId ?? randomUUID();
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
  redis.on('error', (error: Error) => log.warn({ err: error }, 'redis connection error'));
  await redis.connect();
  const tailer = createStreamTailer({ control: redis, log });
  const runs = createRunCluster({
    redis,
    tailer,
    registry: options.registry,
    instanceId,
    log,
    graceMs: options.graceMs,
    pairWindowMs: options.pairWindowMs,
    now: options.now,
  });
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: 60 });

  let lease: ReturnType<typeof startInstanceLease> | null = null;
  return {
    instanceId,
    redis,
    runs,
    adapter: createAdapter(redis, { streamName: 'anatomy:socket.io' }),
    limiters: {
      perUser: limiter('anatomy:rl:msg-user', options.perUserPerMinute),
      perIp: limiter('anatomy:rl:msg-ip', options.perIpPerMinute),
    },
    async start(reap: (deadInstanceId: string, runIds: string[]) => Promise<void>) {
      lease = startInstanceLease({
        redis,
        instanceId,
        leaseMs: options.leaseMs,
        log,
        now: options.now,
        reap,
      });
      await lease.ready;
    },
    async close(): Promise<void> {
      await lease?.stop();
      await tailer.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
};
