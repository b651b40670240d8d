import type { Catalog, Movement, Muscle } from '#shared/anatomy/catalog-schema';
import { findMusclesByAction } from '#shared/anatomy/catalog-queries';
import { actionPhrase } from '../../language/describe-action.js';
import { inSentence, joinList } from './compose.js';
import type { ActionPair } from '../../language/detect-action.js';

/** Movements that undo each other: their prime movers are each other's antagonists. */
export const opposite: Partial<Record<Movement, Movement>> = {
  flexion: 'extension',
  extension: 'flexion',
  abduction: 'adduction',
  adduction: 'abduction',
  'medial-rotation': 'lateral-rotation',
  'lateral-rotation': 'medial-rotation',
  elevation: 'depression',
  depression: 'elevation',
  protraction: 'retraction',
  retraction: 'protraction',
  'upward-rotation': 'downward-rotation',
  'downward-rotation': 'upward-rotation',
  pronation: 'supination',
  supination: 'pronation',
  dorsiflexion: 'plantarflexion',
  plantarflexion: 'dorsiflexion',
  inversion: 'eversion',
  eversion: 'inversion',
  inspiration: 'expiration',
  expiration: 'inspiration',
};

/** Movements answered in one partners sentence, the main ones first. */
const MAX_PAIRS = 4;

/**
 * Antagonists (prime movers of the opposite movement) or synergists (other prime movers of the
 * same movement) of some muscles, from the catalog's structured actions, movement by movement.
 * `only` narrows to the movements a question names ("what helps the gluteus maximus extend the hip").
 */
/** The prime movers of the main movements shared (synergists) or undone (antagonists). */
export function partnerMuscles(
  catalog: Catalog,
  muscles: readonly Muscle[],
  kind: 'antagonists' | 'synergists',
  only: readonly ActionPair[] = [],
): Muscle[] {
  const own = new Set(muscles.map((m) => m.id));
  const found = new Map<string, Muscle>();
  for (const pair of primePairs(muscles, only).slice(0, MAX_PAIRS)) {
    const movement = kind === 'antagonists' ? opposite[pair.movement] : pair.movement;
    if (movement === undefined) continue;
    for (const { muscle } of findMusclesByAction(catalog, pair.joint, movement))
      if (!own.has(muscle.id)) found.set(muscle.id, muscle);
  }
  return [...found.values()];
}

/** The muscles' prime movements, each once, narrowed to `only` when it names some. */
export function primePairs(
  muscles: readonly Muscle[],
  only: readonly ActionPair[] = [],
): ActionPair[] {
  const pairs: ActionPair[] = [];
  for (const muscle of muscles)
    for (const a of muscle.actions) {
      if (a.role !== 'prime') continue;
      if (only.length > 0 && !only.some((p) => p.joint === a.joint && p.movement === a.movement))
        continue;
      if (!pairs.some((p) => p.joint === a.joint && p.movement === a.movement))
        pairs.push({ joint: a.joint, movement: a.movement });
    }
  return pairs;
}

export function partnersText(
  catalog: Catalog,
  muscles: readonly Muscle[],
  label: string,
  kind: 'antagonists' | 'synergists',
  only: readonly ActionPair[] = [],
): string {
  const own = new Set(muscles.map((m) => m.id));
  const pairs = primePairs(muscles, only);
  const lines: string[] = [];
  for (const pair of pairs.slice(0, MAX_PAIRS)) {
    const movement = kind === 'antagonists' ? opposite[pair.movement] : pair.movement;
    if (movement === undefined) continue;
    const target = { joint: pair.joint, movement };
    const partners = findMusclesByAction(catalog, target.joint, target.movement)
      .map((match) => match.muscle)
      .filter((m) => !own.has(m.id));
    if (partners.length === 0) continue;
    const names = joinList(
      partners.map((m) => `${inSentence(m.name)}${m.hasMesh ? '' : ' (not in this 3D model)'}`),
    );
    lines.push(
      kind === 'antagonists'
        ? `against “${actionPhrase(pair, 'base')}”, the ${names} ${actionPhrase(target, partners.length === 1 ? 'third' : 'base')}`
        : `to ${actionPhrase(pair, 'base')}, the ${names} ${partners.length === 1 ? 'works' : 'work'} with ${label.replace(/^the /, 'the ')}`,
    );
  }
  if (lines.length === 0)
    return kind === 'antagonists'
      ? `The catalog lists no prime mover with the opposite action to ${label}.`
      : `The catalog lists no other prime mover sharing an action with ${label}.`;
  const lead =
    kind === 'antagonists'
      ? `The antagonists of ${label}, the prime movers of the opposite movements:`
      : `The synergists of ${label}, the other prime movers of the same movements:`;
  return `${lead} ${lines.join('; ')}.`;
}
