import type { ServerResults } from './server-results.js';

/** JSON turns NaN (no samples) into null. */
const fmt = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? n.toFixed(2) : '—';

/** The server half of latest.md, rendered from its JSON alone. */
export const renderServerSection = (results: ServerResults): string => {
  const { load, server, baseline } = results;
  const rows = [...server.rows, ...baseline.rows];
  const table = [
    '| target | channel | streams | p50 ms | p99 ms | model-event p99 ms | first token p50 ms | CPU % of a core | lost | dup | completed |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.mode} | ${r.clients} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.eventP99)} | ${fmt(r.firstTokenP50)} | ${(r.cpuPercent ?? Number.NaN).toFixed(0)} | ${r.lost} | ${r.duplicated} | ${r.completed} |`,
    ),
  ].join('\n');
  return `## Streaming server${results.smoke ? ' (smoke run: tiny numbers, not figures)' : ''}

\`npx tsx bench/run.ts --server-only\` (also part of \`npm run bench\`) — ${results.serverMeasuredAt ?? 'date not recorded'}, ${results.pinned ? 'server pinned to core 0, load generator (separate process) to core 1' : 'not pinned'}.
Synthetic agent: ${load.tokensPerSecond} tokens/s, a model event every ${load.eventEvery} tokens, ${load.tokens} tokens an answer.
Latency is added latency: the time the agent's part was due (a fixed-rate model) → client receive, so a stalled server shows. Socket.IO carries model events (tokens stream over SSE), so its latency column is model events'.
Baseline: a bare \`node:http\` SSE relay of the same agent (no framework, database, replay log or second channel).

${table}

Memory per idle open stream, with ${server.idleClients} silent streams open, after GC: RSS growth server ${fmt(server.idleKbPerStream)} KB, baseline ${fmt(baseline.idleKbPerStream)} KB; JavaScript heap + external buffers server ${fmt(server.idleHeapKbPerStream)} KB, baseline ${fmt(baseline.idleHeapKbPerStream)} KB. RSS only grows once V8's reserved heap is used up, so the heap figure is the steadier of the two.

| goal | measured | met |
| --- | --- | --- |
${results.verdicts.map((v) => `| ${v.goal} | ${v.measured} | ${v.met ? 'yes' : 'no'} |`).join('\n')}

![p99 latency against concurrency](latency.svg)
`;
};
