import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserBenchSettings } from './browser/browser-bench-settings.js';
import type { BrowserReport } from './browser/browser-report.js';
import { runBrowserBench } from './browser/run-browser-bench.js';
import { renderBrowserCharts } from './report/browser-charts.js';
import { renderBrowserSection } from './report/browser-section.js';
import type { ServerResults, ServerRow as Row } from './report/server-results.js';
import { renderServerCharts } from './report/server-charts.js';
import { renderServerSection } from './report/server-section.js';
import { clusterBenchUrls, measureCluster } from './cluster/measure-cluster.js';
import type { ClusterResults } from './report/cluster-results.js';
import { renderClusterSection } from './report/cluster-section.js';
import { createBenchProcesses, memoryAfterGc, type MemoryKb } from './server/bench-processes.js';
import type { LoadMode } from './server/load-client.js';
import { deliveryOf, num } from './server/load-result.js';
import { defaultLoad, type SyntheticLoad } from './server/synthetic-load.js';

/**
 * `npm run bench`, two halves in one run. The server: the streaming server against a bare
 * node:http SSE relay of the same synthetic agent, the server pinned to core 0 and the load
 * generator, a separate process, to core 1. Then the browser: the app's scene against a naive
 * one, its JavaScript, and model events end to end, in headless Chromium (bench/browser/).
 * Writes bench/results/latest.{md,json} and SVG charts. `--server-only` / `--browser-only` run
 * one half and keep the other's last results. With BENCH_DATABASE_URL and BENCH_REDIS_URL, a third
 * part: instances on PostgreSQL and Redis, one and two (`--cluster-only` for just that).
 * `--smoke`: tiny numbers, for the test suites.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const smoke = process.argv.includes('--smoke');
const only = ['server', 'browser', 'cluster'].filter((half) =>
  process.argv.includes(`--${half}-only`),
);
if (only.length > 1)
  throw new Error('--server-only, --browser-only and --cluster-only exclude each other');
const measures = (half: 'server' | 'browser' | 'cluster') => only.length === 0 || only[0] === half;
const clusterUrls = clusterBenchUrls();
if (only[0] === 'cluster' && !clusterUrls)
  throw new Error(
    '--cluster-only needs BENCH_DATABASE_URL and BENCH_REDIS_URL (PostgreSQL, Redis)',
  );
const outDir =
  process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? path.join(root, 'bench', 'results');
const load: SyntheticLoad = smoke
  ? { tokensPerSecond: 200, eventEvery: 5, tokens: 40 }
  : defaultLoad;
const startLevels = smoke ? [1, 8] : [1, 100, 1000];
const maxLevel = smoke ? 8 : 8000;
const goals = { p99Ms: 25, baselineRatio: 1.5, firstTokenP50Ms: 5, idleStreamKb: 64 };
const canPin = !smoke && process.platform === 'linux';

const processes = createBenchProcesses({ root, pin: canPin });
const { startTarget, runLoad } = processes;

const measureTarget = async (name: 'server' | 'baseline', script: string, modes: LoadMode[]) => {
  // The embedded database's thread goes to the load generator's core, as a deployment gives
  // the database a core of its own; BENCH_DATABASE_ON_SERVER_CORE=1 keeps it on the server's.
  const target = await startTarget(script, load, {
    databaseThread:
      name === 'server'
        ? { core: process.env.BENCH_DATABASE_ON_SERVER_CORE ? undefined : 1 }
        : undefined,
  });
  const thread = target.databaseThread;
  const databaseThread = thread
    ? `the embedded database's thread (${thread.cpuSeconds.toFixed(1)} s CPU at start) ${thread.core === null ? (canPin ? "on the server's core" : 'unpinned') : `moved to core ${thread.core}`}`
    : null;
  const token =
    name === 'server'
      ? ((await (await fetch(`${target.url}/api/session`)).json()) as { token: string }).token
      : '';
  // Warm-up (JIT, database pages, connection pools), not measured.
  await runLoad([target], {
    url: target.url,
    target: name,
    mode: 'sse',
    clients: 50,
    load,
    token,
    rampMs: 200,
    warmup: true,
  });
  // Memory per idle open stream first, while the process is fresh: RSS after GC, before and
  // with the silent streams open.
  const idleClients = smoke ? 8 : 1000;
  const before = await memoryAfterGc(target.url);
  const idle = await runLoad([target], {
    url: target.url,
    target: name,
    mode: 'sse',
    clients: idleClients,
    load,
    token,
    rampMs: 1000,
    idle: true,
  });
  const perStream = (pick: (m: MemoryKb) => number) =>
    idle.openSeen && idle.idleMemory
      ? (pick(idle.idleMemory) - pick(before)) / idleClients
      : Number.NaN;
  const idleKbPerStream = perStream((m) => m.rss);
  const idleHeapKbPerStream = perStream((m) => m.heap);
  const rows: Row[] = [];
  for (const mode of modes) {
    const levels = [...startLevels];
    for (let i = 0; i < levels.length; i += 1) {
      const clients = levels[i] as number;
      console.log(`${name} ${mode} ${clients} clients…`);
      const { result, cpuPercent, perToken, databasePerToken } = await runLoad([target], {
        url: target.url,
        target: name,
        mode,
        clients,
        load,
        token,
        rampMs: clients > 1 ? 1000 : 0,
      });
      if (!result) throw new Error(`${name} ${mode} ${clients}: the load client gave no result`);
      const row: Row = {
        target: name,
        mode,
        clients,
        p50: num(mode === 'socket' ? result.eventLatencyMs.p50 : result.tokenLatencyMs.p50),
        p99: num(mode === 'socket' ? result.eventLatencyMs.p99 : result.tokenLatencyMs.p99),
        eventP99: num(result.eventLatencyMs.p99),
        firstTokenP50: num(result.firstTokenMs.p50),
        cpuPercent,
        cpuUsPerToken: perToken.cpuUs,
        bytesPerToken: perToken.bytes,
        writesPerToken: perToken.writes,
        databaseCpuUsPerToken: databasePerToken?.cpuUs,
        databaseBytesPerToken: databasePerToken?.bytes,
        ...deliveryOf(result),
      };
      rows.push(row);
      console.log(
        `  p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms, first token p50 ${row.firstTokenP50.toFixed(2)} ms, cpu ${row.cpuPercent.toFixed(0)}% (${perToken.cpuUs.toFixed(0)} µs, ${perToken.bytes.toFixed(0)} B, ${perToken.writes.toFixed(2)} writes a token), lost ${row.lost}, dup ${row.duplicated}, completed ${row.completed}/${clients}`,
      );
      const last = i === levels.length - 1;
      if (last && clients < maxLevel && row.p99 <= goals.p99Ms && row.completed === clients)
        levels.push(clients * 2);
    }
  }
  await processes.stopTarget(target);
  return { rows, idleKbPerStream, idleHeapKbPerStream, idleClients, databaseThread };
};

/** The server half: the server on every channel and the baseline, judged against the goals. */
const measureServerHalf = async (): Promise<ServerResults> => {
  const serverMeasuredAt = new Date().toISOString();
  const server = await measureTarget('server', 'bench/server/bench-server.ts', [
    'sse',
    'socket',
    'hybrid',
  ]);
  const baseline = await measureTarget('baseline', 'bench/server/baseline-server.ts', ['sse']);

  // Goals, judged on the measured figures.
  const at = (rows: Row[], mode: LoadMode, clients: number) =>
    rows.find((r) => r.mode === mode && r.clients === clients);
  const sse1000 = at(server.rows, 'sse', smoke ? 8 : 1000);
  const base1000 = at(baseline.rows, 'sse', smoke ? 8 : 1000);
  const maxGood = (rows: Row[], mode: LoadMode) =>
    Math.max(
      0,
      ...rows
        .filter((r) => r.mode === mode && r.p99 <= goals.p99Ms && r.completed === r.clients)
        .map((r) => r.clients),
    );
  const verdicts = [
    {
      goal: `≥ 1000 concurrent SSE streams on one core with p99 added latency ≤ ${goals.p99Ms} ms`,
      measured: `p99 ${sse1000?.p99.toFixed(2)} ms at ${sse1000?.clients}; up to ${maxGood(server.rows, 'sse')} streams within the goal`,
      met: (sse1000?.p99 ?? Infinity) <= goals.p99Ms && !smoke,
    },
    {
      goal: `p99 ≤ ${goals.baselineRatio}× the baseline's at 1000 streams`,
      measured: `${sse1000?.p99.toFixed(2)} ms vs ${base1000?.p99.toFixed(2)} ms (${((sse1000?.p99 ?? 0) / (base1000?.p99 ?? 1)).toFixed(2)}×)`,
      met: (sse1000?.p99 ?? Infinity) <= goals.baselineRatio * (base1000?.p99 ?? 0),
    },
    ...[1, smoke ? 8 : 100].map((clients) => {
      const added =
        (at(server.rows, 'sse', clients)?.firstTokenP50 ?? Number.NaN) -
        (at(baseline.rows, 'sse', clients)?.firstTokenP50 ?? Number.NaN);
      return {
        goal: `first token added by the server ≤ ${goals.firstTokenP50Ms} ms p50 (${clients} client${clients > 1 ? 's' : ''}; server minus baseline)`,
        measured: `${added.toFixed(2)} ms (server ${at(server.rows, 'sse', clients)?.firstTokenP50.toFixed(2)} ms, baseline ${at(baseline.rows, 'sse', clients)?.firstTokenP50.toFixed(2)} ms)`,
        met: added <= goals.firstTokenP50Ms,
      };
    }),
    {
      goal: `≤ ${goals.idleStreamKb} KB RSS per idle stream`,
      measured: `${server.idleKbPerStream.toFixed(1)} KB RSS (baseline ${baseline.idleKbPerStream.toFixed(1)} KB); heap + buffers ${server.idleHeapKbPerStream.toFixed(1)} KB (baseline ${baseline.idleHeapKbPerStream.toFixed(1)} KB), ${server.idleClients} streams`,
      // RSS after GC can shrink below its starting point: then the figure says nothing.
      met: server.idleKbPerStream > 0 && server.idleKbPerStream <= goals.idleStreamKb,
    },
    {
      goal: 'no lost or duplicated tokens or events, no refused request, one run per hybrid message',
      measured: `lost ${[...server.rows, ...baseline.rows].reduce((n, r) => n + r.lost, 0)}, duplicated ${[...server.rows, ...baseline.rows].reduce((n, r) => n + r.duplicated, 0)}, refused ${[...server.rows, ...baseline.rows].reduce((n, r) => n + (r.refused ?? 0), 0)}, double runs ${server.rows.reduce((n, r) => n + r.doubleRuns, 0)}`,
      met: [...server.rows, ...baseline.rows].every(
        (r) => r.lost === 0 && r.duplicated === 0 && r.doubleRuns === 0 && !r.refused,
      ),
    },
  ];
  return {
    serverMeasuredAt,
    load,
    smoke,
    pinned: canPin,
    databaseThread: server.databaseThread ?? undefined,
    server,
    baseline,
    verdicts,
  };
};

/** bench/results/latest.json: the server half's keys at the top, the others under their names. */
type LatestJson = Partial<ServerResults> & { browser?: BrowserReport; cluster?: ClusterResults };

/** What an earlier run wrote, to keep the half this run does not measure. */
const readPrevious = (): Promise<LatestJson> =>
  readFile(path.join(outDir, 'latest.json'), 'utf8').then(
    (text) => JSON.parse(text) as LatestJson,
    () => ({}),
  );

const {
  browser: previousBrowser,
  cluster: previousCluster,
  ...previousServer
} = await readPrevious();
const log = (line: string) => console.log(`${line} (${(performance.now() / 1000).toFixed(0)} s)`);
const serverResults: ServerResults | null = measures('server')
  ? await measureServerHalf()
  : previousServer.verdicts
    ? (previousServer as ServerResults)
    : null;
const browser: BrowserReport | null = measures('browser')
  ? await runBrowserBench(browserBenchSettings(smoke), { smoke, log })
  : (previousBrowser ?? null);
if (measures('cluster') && !clusterUrls)
  console.log('\n(BENCH_DATABASE_URL / BENCH_REDIS_URL not set: several instances not measured)');
const cluster: ClusterResults | null =
  measures('cluster') && clusterUrls
    ? await measureCluster({
        urls: clusterUrls,
        processes,
        load,
        levels: smoke ? [4] : [100, 1000],
        smoke,
        pinned: canPin,
        log,
      })
    : (previousCluster ?? null);

const sections = [
  serverResults
    ? renderServerSection(serverResults)
    : '## Streaming server\n\nNot measured yet: `npx tsx bench/run.ts --server-only`.\n',
  browser
    ? renderBrowserSection(browser)
    : '## Browser: headless Chromium\n\nNot measured yet: `npx tsx bench/run.ts --browser-only`.\n',
  cluster
    ? renderClusterSection(cluster)
    : '## Several instances on Redis and PostgreSQL\n\nNot measured yet: `BENCH_DATABASE_URL=… BENCH_REDIS_URL=… npx tsx bench/run.ts --cluster-only`.\n',
];
const md = `# Benchmarks

\`npm run bench\` measures the streaming server, the browser and (with \`BENCH_DATABASE_URL\` and \`BENCH_REDIS_URL\`) several instances; \`--server-only\`, \`--browser-only\` and \`--cluster-only\` measure one part and keep the others' last results.

${sections.join('\n')}`;
const charts = {
  ...(serverResults ? renderServerCharts(serverResults) : {}),
  ...(browser ? renderBrowserCharts(browser) : {}),
};
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, 'latest.md'), md);
await writeFile(
  path.join(outDir, 'latest.json'),
  JSON.stringify(
    { ...serverResults, browser: browser ?? undefined, cluster: cluster ?? undefined },
    null,
    2,
  ),
);
for (const [file, svg] of Object.entries(charts)) await writeFile(path.join(outDir, file), svg);
console.log(`\n${md}`);
process.exit(0);
