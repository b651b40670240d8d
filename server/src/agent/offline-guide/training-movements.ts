import type { Muscle } from '#shared/anatomy/catalog-schema';
import { actionPhrase } from '../../language/describe-action.js';
import type { ActionPair } from '../../language/detect-action.js';
import { joinList } from './compose.js';
import { opposite } from './partner-muscles.js';

/** Movements named at most: the main ones say enough. */
const MAX_MOVEMENTS = 2;

/** Movements done against a load; holding a joint steady (stabilisation) is not one. */
const TRAINABLE: ReadonlySet<string> = new Set(Object.keys(opposite));

/**
 * What the catalog says about working or stretching some muscles, without a plan: they work
 * when their prime movements meet resistance, and a stretch takes each joint the opposite way.
 */
export function trainingMovementsText(muscles: readonly Muscle[], label: string): string | null {
  const counts = new Map<string, { pair: ActionPair; count: number }>();
  for (const muscle of muscles)
    for (const a of muscle.actions) {
      if (a.role !== 'prime' || !TRAINABLE.has(a.movement)) continue;
      const key = `${a.joint}:${a.movement}`;
      const seen = counts.get(key) ?? { pair: { joint: a.joint, movement: a.movement }, count: 0 };
      seen.count += 1;
      counts.set(key, seen);
    }
  // Each muscle's own first movement leads (the gluteus maximus extends the hip), then the
  // movements most of them share.
  const firsts = muscles.flatMap((m) => {
    const a = m.actions.find((x) => x.role === 'prime' && TRAINABLE.has(x.movement));
    return a === undefined ? [] : [`${a.joint}:${a.movement}`];
  });
  const pairs = [...counts.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        Number(firsts.includes(kb)) - Number(firsts.includes(ka)) || b.count - a.count,
    )
    .map(([, c]) => c.pair);
  const main = pairs.slice(0, MAX_MOVEMENTS);
  if (main.length === 0) return null;
  const one = muscles.length === 1;
  const stretches = main.flatMap((p) => {
    const movement = opposite[p.movement];
    return movement === undefined ? [] : [actionPhrase({ joint: p.joint, movement }, 'base')];
  });
  const work = `${label} ${one ? 'works' : 'work'} when you ${joinList(main.map((p) => actionPhrase(p, 'base')))} against resistance`;
  return stretches.length > 0
    ? `From the catalog's actions: ${work}, and a stretch takes ${one ? 'it' : 'them'} the opposite way (${joinList(stretches)}, together).`
    : `From the catalog's actions: ${work}.`;
}
