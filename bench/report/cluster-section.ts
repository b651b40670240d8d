import type { ClusterResults } from './cluster-results.js';

const fmt = (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? n.toFixed(2) : '—';

/** The cluster part of latest.md, rendered from its JSON alone. */
export const renderClusterSection = (results: ClusterResults): string => {
  const { load, rows } = results;
  const table = [
    '| instances | streams | token p50 ms | token p99 ms | model-event p50 ms | model-event p99 ms | first token p50 ms | CPU % of a core, per instance | lost | dup | double runs | completed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.clients} | ${fmt(r.tokenP50)} | ${fmt(r.tokenP99)} | ${fmt(r.eventP50)} | ${fmt(r.eventP99)} | ${fmt(r.firstTokenP50)} | ${r.cpuPercentEach.map((c) => c.toFixed(0)).join(' + ')} | ${r.lost} | ${r.duplicated} | ${r.doubleRuns} | ${r.completed}/${r.clients} |`,
    ),
  ].join('\n');
  const clean = rows.every((r) => r.lost === 0 && r.duplicated === 0 && r.doubleRuns === 0);
  return `## Several instances on Redis and PostgreSQL${results.smoke ? ' (smoke run: tiny numbers, not figures)' : ''}

\`npx tsx bench/run.ts --cluster-only\` (also part of \`npm run bench\` when \`BENCH_DATABASE_URL\` and \`BENCH_REDIS_URL\` are set) — ${results.measuredAt}, ${results.pinned ? 'every instance pinned to core 0 (two instances share that one core), load generator to core 1, Redis and PostgreSQL not pinned' : 'not pinned'}.
Synthetic agent: ${load.tokensPerSecond} tokens/s, a model event every ${load.eventEvery} tokens, ${load.tokens} tokens an answer. Every client speaks the seed's hybrid protocol: \`model_start\` over Socket.IO (model events) and the EventSource (tokens) for the same message.

- **one instance**: the reference, cluster mode (Redis, PostgreSQL) with a single instance.
- **two instances**: half the clients on each, both channels of a message on the same instance.
- **two instances, crossed**: each message's socket on one instance and its EventSource on the other, so one of its two streams always crosses Redis (the run log mirrored, or the model events through the Socket.IO adapter).

${table}

Lost, duplicated or doubly generated: ${clean ? 'none in any row' : '**some — see the table**'}.
`;
};
