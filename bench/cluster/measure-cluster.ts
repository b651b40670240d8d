import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { ClusterResults, ClusterRow, ClusterScenario } from '../report/cluster-results.js';
import type { createBenchProcesses, Target } from '../server/bench-processes.js';
import type { LoadJob } from '../server/load-client.js';
import { deliveryOf, num } from '../server/load-result.js';
import type { SyntheticLoad } from '../server/synthetic-load.js';

export type ClusterBenchUrls = { database: string; redis: string };

/** Where the cluster bench runs: BENCH_* first, then the test suite's servers. */
export const clusterBenchUrls = (env: NodeJS.ProcessEnv = process.env): ClusterBenchUrls | null => {
  const database = env.BENCH_DATABASE_URL ?? env.TEST_DATABASE_URL;
  const redis = env.BENCH_REDIS_URL ?? env.TEST_REDIS_URL;
  return database && redis ? { database, redis } : null;
};

/**
 * Two bench servers (and a one-instance reference) on a fresh PostgreSQL database and a Redis
 * database of their own, under hybrid clients whose channels land on the same instance or on
 * different ones.
 */
export const measureCluster = async (options: {
  urls: ClusterBenchUrls;
  processes: ReturnType<typeof createBenchProcesses>;
  load: SyntheticLoad;
  levels: number[];
  smoke: boolean;
  pinned: boolean;
  log: (line: string) => void;
}): Promise<ClusterResults> => {
  const { processes, load, log } = options;
  const measuredAt = new Date().toISOString();
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.urls.database });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const databaseUrl = new URL(options.urls.database);
  databaseUrl.pathname = `/${name}`;
  const redisUrl = new URL(options.urls.redis);
  redisUrl.pathname = '/5';
  const redis = new Redis(redisUrl.toString());
  await redis.flushdb();
  const env = {
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl.toString(),
    SESSION_SECRET: randomBytes(32).toString('hex'),
  };

  const rows: ClusterRow[] = [];
  const measure = async (scenario: ClusterScenario, targets: Target[]) => {
    const [a, b] = targets as [Target, Target | undefined];
    const other = b ?? a;
    const routes =
      scenario === 'two instances, crossed'
        ? [
            { url: a.url, sseUrl: other.url },
            { url: other.url, sseUrl: a.url },
          ]
        : targets.map((t) => ({ url: t.url, sseUrl: t.url }));
    const token = ((await (await fetch(`${a.url}/api/session`)).json()) as { token: string }).token;
    const job = (clients: number, warmup = false): LoadJob => ({
      url: a.url,
      routes,
      target: 'server',
      mode: 'hybrid',
      clients,
      load,
      token,
      rampMs: clients > 1 ? 1000 : 0,
      warmup,
    });
    await processes.runLoad(targets, job(50, true));
    for (const clients of options.levels) {
      log(`cluster: ${scenario}, ${clients} clients…`);
      const { result, cpuPercentEach } = await processes.runLoad(targets, job(clients));
      if (!result)
        throw new Error(`cluster ${scenario} ${clients}: the load client gave no result`);
      const row: ClusterRow = {
        scenario,
        clients,
        tokenP50: num(result.tokenLatencyMs.p50),
        tokenP99: num(result.tokenLatencyMs.p99),
        eventP50: num(result.eventLatencyMs.p50),
        eventP99: num(result.eventLatencyMs.p99),
        firstTokenP50: num(result.firstTokenMs.p50),
        cpuPercentEach,
        ...deliveryOf(result),
      };
      rows.push(row);
      log(
        `  token p99 ${row.tokenP99.toFixed(2)} ms, event p99 ${row.eventP99.toFixed(2)} ms, first token p50 ${row.firstTokenP50.toFixed(2)} ms, lost ${row.lost}, dup ${row.duplicated}, double ${row.doubleRuns}, completed ${row.completed}/${clients}`,
      );
    }
  };

  try {
    const single = await processes.startTarget('bench/server/bench-server.ts', load, { env });
    await measure('one instance', [single]);
    await processes.stopTarget(single);
    const pair = await Promise.all([
      processes.startTarget('bench/server/bench-server.ts', load, { env }),
      processes.startTarget('bench/server/bench-server.ts', load, { env }),
    ]);
    await measure('two instances', pair);
    await measure('two instances, crossed', pair);
    await Promise.all(pair.map((t) => processes.stopTarget(t)));
  } finally {
    redis.disconnect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  return { measuredAt, load, smoke: options.smoke, pinned: options.pinned, rows };
};
