import type { ServerResults } from './server-results.js';

/** JSON turns NaN (no samples) into null. */
const fmt = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? n.toFixed(2) : '—';

const whole = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? n.toFixed(0) : '—';

/** The database thread's share, in brackets after the whole. */
const part = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? ` (${n.toFixed(0)})` : '';

/** The server half of latest.md, rendered from its JSON alone. */
export const renderServerSection = (results: ServerResults): string => {
  const { load, server, baseline } = results;
  const rows = [...server.rows, ...baseline.rows];
  const table = [
    '| target | channel | streams | p50 ms | p99 ms | model-event p99 ms | first token p50 ms | CPU % of a core | CPU µs / token | bytes written / token | writes / token | lost | dup | refused | completed |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.mode} | ${r.clients} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.eventP99)} | ${fmt(r.firstTokenP50)} | ${(r.cpuPercent ?? Number.NaN).toFixed(0)} | ${whole(r.cpuUsPerToken)}${part(r.databaseCpuUsPerToken)} | ${whole(r.bytesPerToken)}${part(r.databaseBytesPerToken)} | ${fmt(r.writesPerToken)} | ${r.lost} | ${r.duplicated} | ${r.refused ?? '—'} | ${r.completed} |`,
    ),
  ].join('\n');
  return `## Streaming server${results.smoke ? ' (smoke run: tiny numbers, not figures)' : ''}

\`npx tsx bench/run.ts --server-only\` (also part of \`npm run bench\`) — ${results.serverMeasuredAt ?? 'date not recorded'}, ${results.pinned ? 'server pinned to core 0, load generator (separate process) to core 1' : 'not pinned'}${results.databaseThread ? `; ${results.databaseThread}` : ''}.
Synthetic agent: ${load.tokensPerSecond} tokens/s, a model event every ${load.eventEvery} tokens, ${load.tokens} tokens an answer.
Latency is added latency: the time the agent's part was due (a fixed-rate model) → client receive, so a stalled server shows. Socket.IO carries model events (tokens stream over SSE), so its latency column is model events'.
Baseline: a bare \`node:http\` SSE relay of the same agent (no framework, database, replay log or second channel).
Cost per token streamed (answers × tokens, whatever the channel): CPU of all the target's threads (the embedded database's included), and the bytes and \`write\`/\`writev\` calls it made (/proc's \`wchar\`/\`syscw\`: sockets and disk alike). The embedded database thread's share is in brackets. Where the server's figures exceed the baseline's is where the remaining gap is.

${table}

Memory per idle open stream, with ${server.idleClients} silent streams open, after GC: RSS growth server ${fmt(server.idleKbPerStream)} KB, baseline ${fmt(baseline.idleKbPerStream)} KB; JavaScript heap + external buffers server ${fmt(server.idleHeapKbPerStream)} KB, baseline ${fmt(baseline.idleHeapKbPerStream)} KB. RSS only grows once V8's reserved heap is used up, so the heap figure is the steadier of the two.

| goal | measured | met |
| --- | --- | --- |
${results.verdicts.map((v) => `| ${v.goal} | ${v.measured} | ${v.met ? 'yes' : 'no'} |`).join('\n')}

![p99 latency against concurrency](latency.svg)
`;
};
