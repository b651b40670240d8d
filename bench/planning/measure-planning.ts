import { performance } from 'node:perf_hooks';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import type { HistoryTurn } from '../../server/src/agent/agent.js';
import { indexCatalog } from '../../server/src/language/catalog-index.js';
import { planAnswer } from '../../server/src/agent/offline-guide/plan-answer.js';
import { clinicalCases } from '../../test/agent/conversations/clinical.js';
import { factCases } from '../../test/agent/conversations/complete-facts.js';
import { directionCases } from '../../test/agent/conversations/direction-of-action.js';
import { followUpCases } from '../../test/agent/conversations/follow-ups.js';
import { neverSubstituteCases } from '../../test/agent/conversations/never-substitute.js';
import { offTopicCases } from '../../test/agent/conversations/off-topic.js';
import { regionCases } from '../../test/agent/conversations/regions-and-landmarks.js';
import { shownFirstCases } from '../../test/agent/conversations/shown-first.js';
import { subPartCases } from '../../test/agent/conversations/sub-parts.js';
import { applyCalls, emptyScene } from '../../test/agent/support/replay-scene.js';

/**
 * Planning time of the offline guide per turn: every conversation of the conversation table,
 * played turn by turn with its scene and history, several rounds, after a warm-up. Goal: p99 ≤ 5 ms.
 * Run: `npx tsx bench/planning/measure-planning.ts [rounds]`.
 */
const rounds = Number(process.argv[2] ?? 20);
const conversations = [
  ...followUpCases,
  ...neverSubstituteCases,
  ...directionCases,
  ...factCases,
  ...shownFirstCases,
  ...regionCases,
  ...subPartCases,
  ...clinicalCases,
  ...offTopicCases,
].map((c) => c.turns);

const index = indexCatalog(loadCatalog());
const samples: number[] = [];
const cpuSamples: number[] = [];
for (let round = -1; round < rounds; round++) {
  for (const turns of conversations) {
    let state = emptyScene();
    const history: HistoryTurn[] = [];
    for (const message of turns) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const plan = planAnswer(index, { message, scene: state.scene, history });
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (round >= 0) {
        samples.push(elapsed);
        cpuSamples.push((used.user + used.system) / 1000);
      }
      state = applyCalls(
        state,
        plan.steps.flatMap((s) => s.calls),
      );
      history.push(
        { role: 'user', text: message },
        { role: 'assistant', text: plan.steps.map((s) => s.text).join('') },
      );
    }
  }
}
/** Percentiles of a list of milliseconds. */
const summary = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: at(1),
    text: `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`,
  };
};
const wall = summary(samples);
const cpu = summary(cpuSamples);
// Wall time includes waiting for a core on a busy machine; CPU time is the planning itself.
console.log(`offline guide planning, ${samples.length} turns (goal p99 ≤ 5 ms)`);
console.log(`  wall time: ${wall.text}`);
console.log(`  CPU time:  ${cpu.text}`);
process.exitCode = cpu.p99 <= 5 ? 0 : 1;
