import type { Catalog } from '#shared/anatomy/catalog-schema';
import { ARTICLES, COMMON_WORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

export type EntityKind = 'muscle' | 'group' | 'region' | 'bone';

/** What a phrase names: one kind, one or more ids ("obliques" names two muscles). */
export interface LexiconTarget {
  kind: EntityKind;
  ids: string[];
}

export interface LexiconPhrase {
  /** Tokens joined by one space. */
  key: string;
  tokens: string[];
}

/** Every way the catalog lets a student name a muscle, group, region or bone. */
export interface Lexicon {
  /** Phrase → what it names, for exact lookups. */
  targets: ReadonlyMap<string, LexiconTarget>;
  /** Phrases by token count, then by first letter, for typo-tolerant lookups. */
  phrasesByLength: ReadonlyMap<number, ReadonlyMap<string, readonly LexiconPhrase[]>>;
  maxTokens: number;
  /** Every word of every name: a word of one name is never read as a typo in another. */
  words: ReadonlySet<string>;
  /**
   * Words of the places muscles attach ("crest", "epicondyle", "trochanter"), not names: never
   * read as a typo of one ("the iliac crest" is no chest).
   */
  siteWords: ReadonlySet<string>;
}

/**
 * When one phrase names several kinds, the most specific wins: "calf" is the calf muscles, and
 * "shoulder blade" the scapula (a bone), not the whole shoulder region.
 */
const kindRank: Record<EntityKind, number> = { muscle: 0, group: 1, bone: 2, region: 3 };

/** Name tokens; a parenthetical note ("(hand)") is kept after a "(" marker so it can be dropped. */
const nameTokens = (phrase: string): string[] => {
  const note = /\(([^)]*)\)/.exec(phrase);
  const main = tokenize(phrase.replace(/\([^)]*\)/g, ' ')).filter((t) => !ARTICLES.has(t));
  return note ? [...main, '(', ...tokenize(note[1] ?? '')] : main;
};

const pluralOf = (word: string): string | null => {
  if (word.endsWith('f')) return `${word.slice(0, -1)}ves`;
  if (/(s|x|ch|sh)$/.test(word)) return null;
  return `${word}s`;
};

const singularOf = (word: string): string | null => {
  if (word.endsWith('ves')) return `${word.slice(0, -3)}f`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return null;
};

/**
 * The spellings a phrase is also written as: without "muscle", without "(hand)", singular or
 * plural. These are derived: they never displace a name the catalog states.
 */
const derivedVariantsOf = (tokens: readonly string[]): string[][] => {
  const out: string[][] = [];
  const cut = tokens.indexOf('(');
  const trimmed = cut === -1 ? [...tokens] : tokens.slice(0, cut);
  if (trimmed[0] === 'musculus') trimmed.shift();
  const last = trimmed.at(-1);
  if (trimmed.length > 1 && (last === 'muscle' || last === 'muscles')) trimmed.pop();
  out.push(trimmed);
  const tail = trimmed.at(-1);
  if (tail !== undefined && tail !== 'muscle') {
    for (const other of [pluralOf(tail), singularOf(tail)]) {
      if (other !== null) out.push([...trimmed.slice(0, -1), other]);
    }
  }
  return out.filter((variant) => variant.length > 0);
};

/** Builds the lexicon from the catalog's names, synonyms, nicknames, groups, regions and bones. */
export function buildLexicon(catalog: Catalog): Lexicon {
  const stated: [EntityKind, string, string][] = [];
  // Formal names first, so a nickname shared with another muscle adds to it rather than replacing.
  for (const m of catalog.muscles) {
    for (const phrase of [m.name, m.id.replace(/-/g, ' '), ...m.synonyms])
      stated.push(['muscle', m.id, phrase]);
  }
  for (const m of catalog.muscles)
    for (const phrase of m.nicknames) stated.push(['muscle', m.id, phrase]);
  for (const g of catalog.groups) {
    for (const phrase of [g.name, g.id.replace(/-/g, ' '), ...g.synonyms])
      stated.push(['group', g.id, phrase]);
  }
  for (const r of catalog.regions) {
    for (const phrase of [r.name, r.id, ...r.synonyms]) stated.push(['region', r.id, phrase]);
  }
  for (const b of catalog.bones) {
    for (const phrase of [b.name, b.id.replace(/-/g, ' '), ...b.synonyms])
      stated.push(['bone', b.id, phrase]);
  }

  const targets = new Map<string, LexiconTarget>();
  const add = (map: Map<string, LexiconTarget>, kind: EntityKind, id: string, key: string) => {
    const existing = map.get(key);
    if (existing === undefined || kindRank[kind] < kindRank[existing.kind]) {
      map.set(key, { kind, ids: [id] });
    } else if (existing.kind === kind && !existing.ids.includes(id)) {
      existing.ids.push(id);
    }
  };
  const statedTokens = stated.map(([kind, id, phrase]) => [kind, id, nameTokens(phrase)] as const);
  for (const [kind, id, tokens] of statedTokens) {
    if (tokens.length > 0) add(targets, kind, id, tokens.filter((t) => t !== '(').join(' '));
  }
  const derived = new Map<string, LexiconTarget>();
  for (const [kind, id, tokens] of statedTokens) {
    for (const variant of derivedVariantsOf(tokens)) {
      const key = variant.join(' ');
      if (targets.has(key)) continue;
      if (variant.length === 1 && COMMON_WORDS.has(key)) continue;
      add(derived, kind, id, key);
    }
  }
  for (const [key, target] of derived) targets.set(key, target);

  const phrasesByLength = new Map<number, Map<string, LexiconPhrase[]>>();
  let maxTokens = 1;
  for (const key of targets.keys()) {
    const tokens = key.split(' ');
    maxTokens = Math.max(maxTokens, tokens.length);
    const byLetter = phrasesByLength.get(tokens.length) ?? new Map<string, LexiconPhrase[]>();
    phrasesByLength.set(tokens.length, byLetter);
    const letter = key[0] ?? '';
    const list = byLetter.get(letter) ?? [];
    byLetter.set(letter, list);
    list.push({ key, tokens });
  }
  const words = new Set([...targets.keys()].flatMap((key) => key.split(' ')));
  const siteWords = new Set(
    catalog.muscles
      .flatMap((m) => tokenize(`${m.origin} ${m.insertion}`))
      .filter((word) => word.length >= 4 && !words.has(word) && !COMMON_WORDS.has(word)),
  );
  return { targets, phrasesByLength, maxTokens, words, siteWords };
}
