import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { Side } from '#shared/protocol/ids';
import type { SceneState } from '#shared/protocol/scene-state';
import type { HistoryTurn } from '../agent/agent.js';
import type { CatalogIndex } from './catalog-index.js';
import { findMentions, type Mention } from './match-entities.js';
import { tokenize } from './tokenize.js';

/** What "it" or "them" refers to: muscles on one side or both, and where that came from. */
export interface Referents {
  muscles: Muscle[];
  side: Side;
  source: 'selection' | 'history';
}

/**
 * Resolves "it", "them", "those": the current selection first (what the student is looking at),
 * else the muscles of the latest turn that named some (the first paragraph of an answer, where the
 * subject is, or the whole of a question).
 */
export function findReferents(
  index: CatalogIndex,
  scene: SceneState | null,
  history: readonly HistoryTurn[],
): Referents | null {
  const selection = scene?.selection ?? [];
  if (selection.length > 0) {
    const muscles = unique(selection.flatMap((s) => index.muscles.get(s.muscleId) ?? []));
    const sides = new Set(selection.map((s) => s.side));
    const side: Side = sides.size === 1 ? ([...sides][0] ?? 'both') : 'both';
    if (muscles.length > 0) return { muscles, side, source: 'selection' };
  }
  for (const turn of [...history].reverse()) {
    // The guide's examples in quotes ("for example “where does the deltoid insert?”") are no
    // subject of the conversation.
    const text =
      turn.role === 'assistant'
        ? (turn.text.split(/\n\s*\n/)[0] ?? '').replace(/“[^”]*”/g, '')
        : turn.text;
    // The guide's own turns name muscles exactly: no typo matching needed (nor its cost).
    const muscles = musclesNamedIn(index, text, turn.role === 'assistant');
    if (muscles.length > 0) return { muscles, side: 'both', source: 'history' };
  }
  return null;
}

/** The muscles some mentions name, groups expanded, each once, in order of mention. */
export function musclesOfMentions(index: CatalogIndex, mentions: readonly Mention[]): Muscle[] {
  const found: Muscle[] = [];
  for (const mention of mentions) {
    if (mention.kind === 'muscle') {
      for (const id of mention.ids) found.push(index.muscle(id));
    } else if (mention.kind === 'group') {
      for (const id of mention.ids.flatMap((g) => index.group(g).muscles))
        found.push(index.muscle(id));
    }
  }
  return unique(found);
}

/** The muscles a text names, groups expanded, in order of mention. */
export function musclesNamedIn(index: CatalogIndex, text: string, exact = false): Muscle[] {
  const options = exact ? { exactMinTokens: 1 } : {};
  return musclesOfMentions(index, findMentions(tokenize(text), index.lexicon, options));
}

const unique = (muscles: readonly Muscle[]): Muscle[] => [
  ...new Map(muscles.map((m) => [m.id, m])).values(),
];
