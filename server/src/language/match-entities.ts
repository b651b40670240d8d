import { editDistance, typoTolerance } from './edit-distance.js';
import type { EntityKind, Lexicon } from './lexicon.js';
import { ARTICLES, COMMON_WORDS } from './stopwords.js';

/** A name found in a message: what it names and where (token indices, `end` exclusive). */
export interface Mention {
  kind: EntityKind;
  ids: string[];
  start: number;
  end: number;
  /** The words as the student wrote them. */
  text: string;
  /** The catalog phrase it matched. */
  matched: string;
  /** Typos corrected to match (0 for an exact match). */
  distance: number;
}

export interface FindMentionsOptions {
  /** Token indices already explained (view or side words): no mention covers them. */
  blocked?: ReadonlySet<number>;
  /** Words that never count as typos of a name (movement words such as "supination"). */
  reserved?: ReadonlySet<string>;
  /** Only exact phrases of at least this many words (to claim "tibialis posterior" first). */
  exactMinTokens?: number;
}

/**
 * Finds the names in `tokens`, left to right, longest first. A phrase matches exactly, or with a
 * few typos when every word is long enough to carry one and starts with the same letter, so
 * "rotater cuff" and "bicpes" match while "last" never becomes "lats".
 */
export function findMentions(
  tokens: readonly string[],
  lexicon: Lexicon,
  options: FindMentionsOptions = {},
): Mention[] {
  const blocked = options.blocked ?? new Set<number>();
  const reserved = options.reserved ?? new Set<string>();
  // Positions that take part in matching; articles in between are skipped ("the").
  const usable: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!blocked.has(i) && !ARTICLES.has(tokens[i] ?? '')) usable.push(i);
  }

  const mentions: Mention[] = [];
  let p = 0;
  while (p < usable.length) {
    const best = bestMatchAt(tokens, usable, p, lexicon, blocked, reserved, options.exactMinTokens);
    if (best === null) {
      p += 1;
      continue;
    }
    const start = usable[p] ?? 0;
    const end = (usable[p + best.length - 1] ?? start) + 1;
    const target = lexicon.targets.get(best.key);
    if (target === undefined) break;
    mentions.push({
      kind: target.kind,
      ids: [...target.ids],
      start,
      end,
      text: tokens.slice(start, end).join(' '),
      matched: best.key,
      distance: best.distance,
    });
    p += best.length;
  }
  return mentions;
}

function bestMatchAt(
  tokens: readonly string[],
  usable: readonly number[],
  p: number,
  lexicon: Lexicon,
  blocked: ReadonlySet<number>,
  reserved: ReadonlySet<string>,
  exactMinTokens: number | undefined,
): { key: string; length: number; distance: number } | null {
  const longest = Math.min(lexicon.maxTokens, usable.length - p);
  for (let n = longest; n >= (exactMinTokens ?? 1); n--) {
    const indices = usable.slice(p, p + n);
    if (!isContiguous(indices, tokens, blocked)) continue;
    const words = indices.map((i) => tokens[i] ?? '');
    const key = words.join(' ');
    if (lexicon.targets.has(key)) return { key, length: n, distance: 0 };
    if (exactMinTokens !== undefined) continue;
    const fuzzy = fuzzyMatch(words, lexicon, reserved);
    if (fuzzy !== null) return { ...fuzzy, length: n };
  }
  return null;
}

/** Only articles may sit between the words of one phrase. */
const isContiguous = (
  indices: readonly number[],
  tokens: readonly string[],
  blocked: ReadonlySet<number>,
): boolean => {
  for (let k = 1; k < indices.length; k++) {
    for (let i = (indices[k - 1] ?? 0) + 1; i < (indices[k] ?? 0); i++) {
      if (blocked.has(i) || !ARTICLES.has(tokens[i] ?? '')) return false;
    }
  }
  return true;
};

/** "Bicep" for "biceps": a word and its plural are the same word here. */
const same = (word: string, target: string): boolean =>
  word === target || word + 's' === target || word === target + 's';

/** Words of many names that say nothing of which one: no typo slack from them. */
const GENERIC: ReadonlySet<string> = new Set(['muscle', 'muscles']);

function fuzzyMatch(
  words: readonly string[],
  lexicon: Lexicon,
  reserved: ReadonlySet<string>,
): { key: string; distance: number } | null {
  const joined = words.join(' ');
  const base = typoTolerance(joined.replace(/ /g, ''));
  if (base === 0) return null;
  const candidates = lexicon.phrasesByLength.get(words.length)?.get(joined.charAt(0)) ?? [];
  let best: { key: string; distance: number } | null = null;
  for (const phrase of candidates) {
    // Most candidates differ too much in length: out before any word is compared.
    if (Math.abs(phrase.key.length - joined.length) > base + 1) continue;
    const exactWords = words.filter((word, k) => same(word, phrase.tokens[k] ?? '')).length;
    // A name of several words with one of them right carries one typo more ("bicep femurus"
    // is the biceps femoris): reading its first word alone as a name would substitute.
    // ("Supraspinal muscle" gets no slack from "muscle": suggest the supraspinatus, never read it.)
    const named = words.some((word, k) => !GENERIC.has(word) && same(word, phrase.tokens[k] ?? ''));
    const slack = words.length > 1 && named ? 1 : 0;
    const budget = base + slack;
    if (Math.abs(phrase.key.length - joined.length) > budget) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const word = words[k] ?? '';
      const target = phrase.tokens[k] ?? '';
      if (same(word, target)) continue;
      // A word that differs must start alike, not be an everyday word, and be long enough to carry
      // a typo (a short one may, beside a word that matched exactly: "teres minr").
      const tolerance =
        exactWords > 0 && word.length >= 3
          ? Math.max(1, typoTolerance(target)) + (word.length >= 6 ? slack : 0)
          : typoTolerance(word);
      ok =
        tolerance > 0 &&
        word[0] === target[0] &&
        !COMMON_WORDS.has(word) &&
        !reserved.has(word) &&
        // "Adductor" is a name of its own, not a typo of "abductor": suggest, never substitute.
        !lexicon.words.has(word) &&
        !lexicon.siteWords.has(word) &&
        editDistance(word, target, tolerance) <= tolerance;
    }
    if (!ok) continue;
    const distance = editDistance(joined, phrase.key, budget);
    if (distance <= budget && (best === null || distance < best.distance)) {
      best = { key: phrase.key, distance };
    }
  }
  return best;
}
