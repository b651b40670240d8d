import type { MasteryState, ProgressResponse } from '#shared/protocol/progress';
import type { CatalogIndex } from '../language/catalog-index.js';
import type { CardRecord } from './progress-repository.js';

const weakness: Record<MasteryState, number> = { due: 0, learning: 1, new: 2, mastered: 3 };

/**
 * Progress per region: each practised muscle counts once, in its weakest card's state (a muscle
 * found easily but never named is not mastered).
 */
export function summarizeProgress(
  index: CatalogIndex,
  userId: string,
  cards: readonly CardRecord[],
  now: Date,
  stateOf: (card: CardRecord) => MasteryState,
): ProgressResponse {
  const byMuscle = new Map<string, MasteryState>();
  const out: ProgressResponse['cards'] = [];
  for (const card of cards) {
    const state = stateOf(card);
    out.push({
      muscleId: card.muscleId,
      kind: card.kind,
      state,
      due: card.card.due,
      reps: card.card.reps,
      lapses: card.card.lapses,
      lastCorrect: card.lastCorrect,
    });
    const before = byMuscle.get(card.muscleId);
    if (before === undefined || weakness[state] < weakness[before])
      byMuscle.set(card.muscleId, state);
  }
  const regions = new Map<string, { mastered: number; learning: number; due: number }>();
  for (const [muscleId, state] of byMuscle) {
    const region = index.muscles.get(muscleId)?.region;
    if (!region) continue;
    const counts = regions.get(region) ?? { mastered: 0, learning: 0, due: 0 };
    if (state === 'mastered') counts.mastered += 1;
    else if (state === 'due') counts.due += 1;
    else counts.learning += 1;
    regions.set(region, counts);
  }
  const order = index.catalog.regions.map((r) => r.id as string);
  return {
    user_id: userId,
    regions: [...regions.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([region, c]) => ({
        region,
        ...c,
        total: [...index.muscles.values()].filter((m) => m.region === region).length,
      })),
    cards: out,
    due_now: out.filter((c) => new Date(c.due).getTime() <= now.getTime()).length,
  };
}
