import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import type { HistoryTurn } from '../../server/src/agent/agent.js';
import { indexCatalog } from '../../server/src/language/catalog-index.js';
import { planAnswer } from '../../server/src/agent/offline-guide/plan-answer.js';
import type { Category, ConversationCase } from './conversations/conversation-case.js';
import { clinicalCases } from './conversations/clinical.js';
import { directionCases } from './conversations/direction-of-action.js';
import { factCases } from './conversations/complete-facts.js';
import { followUpCases } from './conversations/follow-ups.js';
import { neverSubstituteCases } from './conversations/never-substitute.js';
import { offTopicCases } from './conversations/off-topic.js';
import { regionCases } from './conversations/regions-and-landmarks.js';
import { shownFirstCases } from './conversations/shown-first.js';
import { subPartCases } from './conversations/sub-parts.js';
import { applyCalls, emptyScene, selectionKeys } from './support/replay-scene.js';

const index = indexCatalog(loadCatalog());

const table: ConversationCase[] = [
  ...followUpCases,
  ...neverSubstituteCases,
  ...directionCases,
  ...factCases,
  ...shownFirstCases,
  ...regionCases,
  ...subPartCases,
  ...clinicalCases,
  ...offTopicCases,
];

/** Plays a conversation turn by turn, carrying the scene and the history like the app does. */
function play(turns: readonly string[]) {
  let state = emptyScene();
  const history: HistoryTurn[] = [];
  let last = { text: '', calls: 0 };
  for (const message of turns) {
    const plan = planAnswer(index, { message, scene: state.scene, history });
    const calls = plan.steps.flatMap((s) => s.calls);
    const text = plan.steps.map((s) => s.text).join('');
    state = applyCalls(state, calls);
    history.push({ role: 'user', text: message }, { role: 'assistant', text });
    last = { text, calls: calls.length };
  }
  return { state, ...last };
}

const judged = new Map<Category, { passed: number; total: number }>();

describe('offline guide conversation table', () => {
  it('should hold at least 300 cases, 20 per category and 40 conversations of several turns', () => {
    expect(table.length).toBeGreaterThanOrEqual(300);
    const counts = new Map<Category, number>();
    for (const c of table) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(20);
    expect(table.filter((c) => c.turns.length > 1).length).toBeGreaterThanOrEqual(40);
  });

  it.each(table.map((c) => [`${c.category}: ${c.turns.join(' → ')}`, c] as const))(
    '%s',
    (_, { category, turns, expect: want }) => {
      const tally = judged.get(category) ?? { passed: 0, total: 0 };
      judged.set(category, tally);
      tally.total += 1;
      const { state, text, calls } = play(turns);
      const selection = selectionKeys(state.scene);
      const bare = (key: string) => key.replace(/:(both|left|right)$/, '');
      const normal = (key: string) => (key.includes(':') ? key : `${key}:both`);
      if (want.select !== undefined) expect(selection).toEqual(want.select.map(normal).sort());
      if (want.parts !== undefined) expect([...state.parts].sort()).toEqual([...want.parts].sort());
      for (const id of want.selectIncludes ?? []) expect(selection.map(bare)).toContain(id);
      for (const id of want.selectExcludes ?? []) expect(selection.map(bare)).not.toContain(id);
      if (want.view !== undefined) expect(state.scene.view).toBe(want.view);
      if (want.focusRegion !== undefined) expect(state.focus?.region).toBe(want.focusRegion);
      for (const id of want.focusIncludes ?? []) expect(state.focus?.muscleIds ?? []).toContain(id);
      if (want.noCalls === true) expect(calls).toBe(0);
      if (want.isolated !== undefined)
        expect([...state.scene.isolated].sort()).toEqual([...want.isolated].sort());
      if (want.hidden !== undefined)
        expect([...state.hidden].sort()).toEqual([...want.hidden].sort());
      for (const pattern of want.says ?? []) expect(text).toMatch(pattern);
      for (const pattern of want.never ?? []) expect(text).not.toMatch(pattern);
      if (want.first !== undefined) expect(text.split(/(?<=[.!?])\s/)[0] ?? '').toMatch(want.first);
      tally.passed += 1;
    },
  );

  afterAll(() => {
    const lines = [...judged.entries()].map(
      ([category, { passed, total }]) => `  ${category.padEnd(22)} ${passed}/${total}`,
    );
    const passed = [...judged.values()].reduce((sum, t) => sum + t.passed, 0);
    console.log(
      `Conversation table, by category:\n${lines.join('\n')}\n  total ${passed}/${table.length}`,
    );
  });
});
