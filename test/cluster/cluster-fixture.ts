import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import {
  startServerProcess,
  stopServerProcesses,
  type ServerProcess,
} from '../support/server-process.js';

/** Set by `.ci/run` (and by hand): a PostgreSQL to create a database in, and a Redis. */
export const clusterTestUrls = () => {
  const database = process.env.TEST_DATABASE_URL;
  const redis = process.env.TEST_REDIS_URL;
  return database && redis ? { database, redis } : null;
};

export type ClusterFixture = {
  env: Record<string, string>;
  /** Starts one more instance of the same cluster. */
  start: (extra?: Record<string, string>) => Promise<ServerProcess>;
  redis: Redis;
  db: pg.Client;
  close: () => Promise<void>;
};

/**
 * A cluster of its own for one test file: a fresh PostgreSQL database, a Redis database emptied
 * first, and the shared settings every instance gets (the offline guide, slowed down so answers
 * are still streaming while a test acts on them).
 */
export const createClusterFixture = async (
  urls: { database: string; redis: string },
  /** A Redis database number of the file's own, so files can run side by side. */
  redisDb: number,
  settings: Record<string, string> = {},
): Promise<ClusterFixture> => {
  const name = `cluster_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: urls.database });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const databaseUrl = new URL(urls.database);
  databaseUrl.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: databaseUrl.toString() });
  await db.connect();

  const redisUrl = new URL(urls.redis);
  redisUrl.pathname = `/${redisDb}`;
  const redis = new Redis(redisUrl.toString());
  redis.on('error', () => undefined); // the outage test stops Redis on purpose
  await redis.flushdb();

  const env = {
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl.toString(),
    SESSION_SECRET: 'cluster-test-secret-of-at-least-thirty-two-chars',
    LLM_PROVIDER: 'offline',
    OFFLINE_TOKEN_DELAY_MS: '25',
    CHECKPOINT_MS: '50',
    INSTANCE_LEASE_MS: '1500',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    ANON_DAILY_MESSAGE_LIMIT: '0',
    MAX_CONCURRENT_RUNS: '0',
    ...settings,
  };
  return {
    env,
    start: (extra = {}) => startServerProcess({ ...env, ...extra }),
    redis,
    db,
    close: async () => {
      await db.end();
      redis.disconnect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
};

/** A guest session from one instance; every instance of the cluster accepts it. */
export const guestHeaders = async (url: string): Promise<Record<string, string>> => {
  const session = (await (await fetch(`${url}/api/session`)).json()) as { token: string };
  return { authorization: `Bearer ${session.token}` };
};

/**
 * Two instances of one cluster for a whole test file: started before its tests, stopped and
 * cleaned up after them. Read `cluster`, `a` and `b` inside tests (they are set by then).
 */
export const useTwoInstances = (
  urls: { database: string; redis: string } | null,
  redisDb: number,
  settings: Record<string, string> = {},
) => {
  const handle = {} as { cluster: ClusterFixture; a: ServerProcess; b: ServerProcess };
  beforeAll(async () => {
    if (!urls) return;
    handle.cluster = await createClusterFixture(urls, redisDb, settings);
    [handle.a, handle.b] = await Promise.all([handle.cluster.start(), handle.cluster.start()]);
  }, 60_000);
  afterAll(async () => {
    await stopServerProcesses();
    await handle.cluster?.close();
  });
  return handle;
};
