import type { Catalog } from '#shared/anatomy/catalog-schema';
import type { Lexicon } from './lexicon.js';
import { findMentions } from './match-entities.js';
import { ARTICLES } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** Where one muscle lies next to another, as the catalog's summaries write it. */
export type Placement = 'above' | 'below' | 'beside';

/** "The teres minor lies just below the infraspinatus": `{ muscle, placement, of }`. */
export interface PlacedBeside {
  muscle: string;
  placement: Placement;
  of: string;
}

/** Words of the summaries and of questions that place a muscle next to another. */
export const PLACEMENT_WORDS: Readonly<Record<string, Placement>> = {
  above: 'above',
  over: 'above',
  below: 'below',
  beneath: 'below',
  beside: 'beside',
  alongside: 'beside',
  next: 'beside',
};

/**
 * Each "just above rhomboid major", "just below infraspinatus", "beside extensor digitorum" in the
 * catalog's summaries, read as a placement of that muscle by the muscle named right after the
 * word. Only what the catalog writes: nothing is inferred from the meshes. ("Beneath" in a
 * summary says depth, and is left to the layer reading.)
 */
export function buildPlacements(catalog: Catalog, lexicon: Lexicon): PlacedBeside[] {
  const found: PlacedBeside[] = [];
  for (const muscle of catalog.muscles) {
    const tokens = tokenize(muscle.summary);
    const mentions = findMentions(tokens, lexicon, { exactMinTokens: 1 });
    tokens.forEach((token, i) => {
      const placement = token === 'beneath' ? undefined : PLACEMENT_WORDS[token];
      if (placement === undefined || token === 'over') return;
      let next = i + 1;
      if (token === 'next' && tokens[next] === 'to') next += 1;
      while (ARTICLES.has(tokens[next] ?? '')) next += 1;
      const named = mentions.find((m) => m.start === next && m.kind === 'muscle');
      for (const of of named?.ids ?? [])
        if (of !== muscle.id) found.push({ muscle: muscle.id, placement, of });
    });
  }
  return found;
}

const opposite: Record<Placement, Placement> = { above: 'below', below: 'above', beside: 'beside' };

/**
 * The muscles the placements put `placement` of `subject` ("below the teres minor"), each once.
 * "Beside" is any of them: a muscle just above or below is next to it too.
 */
export function musclesPlaced(
  placements: readonly PlacedBeside[],
  subject: string,
  placement: Placement,
): string[] {
  const ids = placements.flatMap((p) => {
    if (placement === 'beside') {
      if (p.of === subject) return [p.muscle];
      if (p.muscle === subject) return [p.of];
      return [];
    }
    if (p.of === subject && p.placement === placement) return [p.muscle];
    if (p.muscle === subject && p.placement === opposite[placement]) return [p.of];
    return [];
  });
  return [...new Set(ids)];
}
