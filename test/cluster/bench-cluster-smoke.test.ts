import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClusterResults } from '../../bench/report/cluster-results.js';
import { clusterTestUrls } from './cluster-fixture.js';

const urls = clusterTestUrls();

describe.skipIf(!urls)('npm run bench, several instances (smoke run)', () => {
  let out = '';
  afterAll(() => (out ? rm(out, { recursive: true, force: true }) : undefined));

  it('should measure one and two instances, crossed and not, losing nothing', async () => {
    out = await mkdtemp(path.join(tmpdir(), 'bench-cluster-smoke-'));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--cluster-only', '--smoke', `--out=${out}`],
      {
        encoding: 'utf8',
        timeout: 110_000,
        env: {
          ...process.env,
          BENCH_DATABASE_URL: urls?.database,
          BENCH_REDIS_URL: urls?.redis,
        },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const { cluster } = JSON.parse(await readFile(path.join(out, 'latest.json'), 'utf8')) as {
      cluster: ClusterResults;
    };
    expect(cluster.rows.map((r) => [r.scenario, r.cpuPercentEach.length])).toEqual([
      ['one instance', 1],
      ['two instances', 2],
      ['two instances, crossed', 2],
    ]);
    for (const row of cluster.rows) {
      expect(row.completed, row.scenario).toBe(row.clients);
      expect(row.lost + row.duplicated + row.doubleRuns, row.scenario).toBe(0);
      expect(row.tokenP99).toBeGreaterThan(0);
      expect(row.eventP99).toBeGreaterThan(0);
    }
    expect(await readFile(path.join(out, 'latest.md'), 'utf8')).toContain(
      '## Several instances on Redis and PostgreSQL',
    );
  }, 120_000);
});
