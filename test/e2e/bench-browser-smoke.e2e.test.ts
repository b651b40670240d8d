import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserReport } from '../../bench/browser/browser-report.js';
import type { ServerResults } from '../../bench/report/server-results.js';
import { ModelManifest } from '#shared/anatomy/model-manifest';
import { assetsOutDir, repoRoot } from './support/e2e-paths.js';

const out = await mkdtemp(path.join(tmpdir(), 'bench-browser-smoke-'));
afterAll(() => rm(out, { recursive: true, force: true }));

/** Server results from an earlier run: `--browser-only` must keep them. */
const earlierServerResults: ServerResults = {
  serverMeasuredAt: '2026-01-01T00:00:00.000Z',
  load: { tokensPerSecond: 200, eventEvery: 5, tokens: 40 },
  smoke: true,
  pinned: false,
  server: { rows: [], idleKbPerStream: 12, idleClients: 8 },
  baseline: { rows: [], idleKbPerStream: 10, idleClients: 8 },
  verdicts: [{ goal: 'a goal of the earlier server run', measured: '1 ms', met: true }],
};

const runBench = (args: string[]) =>
  new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });

describe('npm run bench, browser half (smoke run)', () => {
  it('should measure both scenes, the bundle and events on every channel, and keep the server results', async () => {
    await writeFile(path.join(out, 'latest.json'), JSON.stringify(earlierServerResults));
    const run = await runBench(['--browser-only', '--smoke', `--out=${out}`]);
    expect(run.code, run.output.slice(-4000)).toBe(0);

    const json = JSON.parse(
      await readFile(path.join(out, 'latest.json'), 'utf8'),
    ) as ServerResults & {
      browser: BrowserReport;
    };
    const { browser, ...server } = json;
    expect(server).toEqual(earlierServerResults);
    const { app, naive, bundle, events } = browser;
    const manifest = ModelManifest.parse(
      JSON.parse(await readFile(path.join(assetsOutDir, 'model-manifest.json'), 'utf8')),
    );
    const fullTriangles = manifest.tiers.find((t) => t.name === 'full')?.triangles;

    // Both scenes draw the whole full-tier body, the app's in a handful of calls.
    expect(app.errors).toEqual([]);
    expect(naive.errors).toEqual([]);
    expect(app.triangles).toBe(fullTriangles);
    expect(naive.triangles).toBe(fullTriangles);
    expect(app.drawCalls).toBeGreaterThan(0);
    expect(app.drawCalls).toBeLessThan(naive.drawCalls);
    expect(naive.drawCalls).toBeGreaterThanOrEqual(manifest.parts.length);
    expect(app.canvas).toEqual(naive.canvas);
    for (const scene of [app, naive]) {
      expect(scene.coverage, scene.scene).toBeGreaterThan(0.02);
      expect(scene.renderScriptMs.count).toBe(5);
      expect(scene.renderScriptMs.mean).toBeGreaterThan(0);
      expect(scene.frameMs.count).toBe(3);
      expect(scene.frameMs.median).toBeGreaterThan(0);
      expect(scene.selection.syncMs.count).toBe(3);
      expect(scene.firstFrameMs.full).toBeGreaterThan(0);
      expect(scene.models.find((m) => m.tier === 'full')?.transferredBytes).toBe(
        manifest.tiers.find((t) => t.name === 'full')?.bytes,
      );
    }
    expect(app.firstFrameMs.light).toBeLessThan(app.firstFrameMs.full as number);
    expect(app.selection.muscles).toBe(50);
    expect(app.selection.parts).toBeGreaterThanOrEqual(50);
    expect(naive.selection.parts).toBe(app.selection.parts);

    // The 3D view's code is a lazy chunk the first view does without.
    expect(bundle.files.some((f) => f.view && !f.firstView && !f.entry)).toBe(true);
    expect(bundle.viewIsLazy).toBe(true);
    expect(bundle.entryGzipBytes).toBeGreaterThan(0);
    expect(bundle.firstViewGzipBytes).toBeGreaterThanOrEqual(bundle.entryGzipBytes);
    expect(bundle.firstViewGzipBytes + bundle.lazyGzipBytes).toBe(bundle.totalGzipBytes);

    // Every event arrives once, on the channel measured and only there.
    expect(events.map((e) => e.channel)).toEqual(['socket', 'sse', 'both']);
    for (const e of events) {
      expect(e.emitted, e.channel).toBe(10);
      expect(e.applied, e.channel).toBe(e.emitted);
      expect(e.lost + e.duplicated + e.unexpected, e.channel).toBe(0);
      expect(e.applyMs.count).toBe(e.emitted);
      // On one clock, an event cannot be applied before it was emitted.
      expect(e.applyMs.median - e.clockUncertaintyMs).toBeGreaterThan(0);
      expect(e.applyMs.median).toBeGreaterThanOrEqual(e.receiveMs.median);
    }
    const [socket, sse, both] = events;
    expect(socket?.delivered).toEqual({ socket: 10, sse: 0 });
    expect(sse?.delivered).toEqual({ socket: 0, sse: 10 });
    expect(both?.delivered).toEqual({ socket: 10, sse: 10 });

    expect(browser.verdicts.map((v) => v.goal)).toHaveLength(5);
    const md = await readFile(path.join(out, 'latest.md'), 'utf8');
    expect(md).toContain('a goal of the earlier server run');
    expect(md).toContain('| goal | app scene | naive scene | met |');
    expect(md).toContain('software-rendered');
    for (const chart of ['render-script-time.svg', 'frame-time.svg', 'event-latency.svg']) {
      expect(await readFile(path.join(out, chart), 'utf8')).toMatch(/^<svg/);
    }
  }, 300_000);
});
