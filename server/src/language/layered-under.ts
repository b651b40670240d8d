import type { Catalog } from '#shared/anatomy/catalog-schema';
import type { Lexicon } from './lexicon.js';
import { findMentions, type Mention } from './match-entities.js';
import { ARTICLES } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** Words that put one muscle under another, in the catalog's summaries and in questions. */
const UNDER = new Set(['under', 'underneath', 'beneath']);

/** The muscle a relation word names: the mention right after it ("under the trapezius"). */
const namedAfter = (
  tokens: readonly string[],
  mentions: readonly Mention[],
  at: number,
): Mention | undefined => {
  let next = at + 1;
  while (ARTICLES.has(tokens[next] ?? '')) next += 1;
  return mentions.find((m) => m.start === next && (m.kind === 'muscle' || m.kind === 'group'));
};

/** The index of the relation word: "under", "beneath", or "deep" in "deep to". */
const relationAt = (tokens: readonly string[], i: number): boolean =>
  UNDER.has(tokens[i] ?? '') || (tokens[i] === 'deep' && tokens[i + 1] === 'to');

const after = (tokens: readonly string[], i: number) => (tokens[i] === 'deep' ? i + 1 : i);

/**
 * Which muscles lie under which, as the catalog's summaries say it ("lies under biceps", "deep to
 * multifidus"): for each muscle id, the ids of the muscles that lie under it. Only what the
 * catalog writes; nothing is inferred from the meshes.
 */
export function buildUnderIndex(catalog: Catalog, lexicon: Lexicon): Map<string, string[]> {
  const under = new Map<string, string[]>();
  for (const muscle of catalog.muscles) {
    const tokens = tokenize(muscle.summary);
    const mentions = findMentions(tokens, lexicon, { exactMinTokens: 1 });
    tokens.forEach((_, i) => {
      if (!relationAt(tokens, i)) return;
      const over = namedAfter(tokens, mentions, after(tokens, i));
      if (over === undefined) return;
      const ids = over.kind === 'muscle' ? over.ids : groupMuscles(catalog, over.ids);
      for (const id of ids) {
        if (id === muscle.id) continue;
        const list = under.get(id) ?? [];
        if (!list.includes(muscle.id)) list.push(muscle.id);
        under.set(id, list);
      }
    });
  }
  return under;
}

const groupMuscles = (catalog: Catalog, ids: readonly string[]) =>
  catalog.groups.filter((g) => ids.includes(g.id)).flatMap((g) => g.muscles);

/** What a question asks about layers: what lies under a muscle, or what covers it. */
export interface LayerQuestion {
  relation: 'under' | 'over';
  /** The muscle asked about; null for "it", "them": the muscle on screen or just talked about. */
  muscleId: string | null;
}

const PRONOUNS = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/** Words before a closing "underneath" that ask what lies there: "the one underneath". */
const ENDING_AFTER = new Set(['one', 'ones', 'muscle', 'muscles', 'whats', 'what', 'is', 'lies']);

/** Words that ask what lies on top: "what covers the soleus", "what's on top of it". */
const OVER = new Set(['covers', 'cover', 'covering', 'over', 'overlies', 'overlying']);

/**
 * "What's under the trapezius", "the muscle beneath the biceps", "which muscles are deep to the
 * gluteus maximus" (under); "what covers the soleus", "what's on top of the supraspinatus" (over).
 */
export function findLayerQuestion(
  tokens: readonly string[],
  mentions: readonly Mention[],
): LayerQuestion | null {
  for (let i = 0; i < tokens.length; i++) {
    const ontop = tokens[i] === 'top' && tokens[i + 1] === 'of' && tokens[i - 1] === 'on';
    const relation = relationAt(tokens, i)
      ? 'under'
      : OVER.has(tokens[i] ?? '') || ontop
        ? 'over'
        : null;
    if (relation === null) continue;
    const at = ontop ? i + 1 : after(tokens, i);
    const mention = namedAfter(tokens, mentions, at);
    // "Show the biceps under the deltoid" names its subject first: not a question about layers.
    const namedBefore = mentions.some((m) => m.end <= i && m.kind !== 'region');
    if (namedBefore) continue;
    if (mention !== undefined && mention.kind === 'muscle')
      return { relation, muscleId: mention.ids[0] ?? null };
    // "What's underneath it", "what is on top of them".
    if (mentions.length === 0 && PRONOUNS.has(tokens[at + 1] ?? ''))
      return { relation, muscleId: null };
    // "The one underneath", "what's beneath?": the relation word ends the question.
    if (mentions.length === 0 && at === tokens.length - 1 && ENDING_AFTER.has(tokens[at - 1] ?? ''))
      return { relation, muscleId: null };
  }
  return null;
}

/** The other way round: for each muscle id, the muscles the catalog puts over it. */
export function invertUnderIndex(
  under: ReadonlyMap<string, readonly string[]>,
): Map<string, string[]> {
  const over = new Map<string, string[]>();
  for (const [top, below] of under)
    for (const id of below) over.set(id, [...(over.get(id) ?? []), top]);
  return over;
}
