import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = await mkdtemp(path.join(tmpdir(), 'bench-smoke-'));
afterAll(() => rm(out, { recursive: true, force: true }));

type Row = {
  target: string;
  mode: string;
  clients: number;
  completed: number;
  lost: number;
  duplicated: number;
  doubleRuns: number;
  p99: number | null;
};

describe('npm run bench (smoke run)', () => {
  it('should measure the server on every channel and the baseline, losing nothing, and write the report', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--server-only', '--smoke', `--out=${out}`],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    return (async () => {
      const report = JSON.parse(await readFile(path.join(out, 'latest.json'), 'utf8')) as {
        server: { rows: Row[]; idleKbPerStream: number };
        baseline: { rows: Row[] };
      };
      const rows = [...report.server.rows, ...report.baseline.rows];
      expect(new Set(rows.map((r) => `${r.target} ${r.mode}`))).toEqual(
        new Set(['server sse', 'server socket', 'server hybrid', 'baseline sse']),
      );
      for (const row of rows) {
        expect(row.completed, `${row.target} ${row.mode} ${row.clients}`).toBe(row.clients);
        expect(row.lost + row.duplicated + row.doubleRuns).toBe(0);
        expect(row.p99).toBeGreaterThan(0);
      }
      // With 8 streams the figure is noise; the smoke run checks that it was measured.
      expect(Number.isFinite(report.server.idleKbPerStream)).toBe(true);
      expect(await readFile(path.join(out, 'latest.md'), 'utf8')).toContain(
        '| goal | measured | met |',
      );
      expect(await readFile(path.join(out, 'latency.svg'), 'utf8')).toMatch(/^<svg/);
    })();
  }, 180_000);
});
