import type { Muscle } from '#shared/anatomy/catalog-schema';
import { inSentence, joinList } from './compose.js';

/** What a comparative asks, and the words of the catalog's descriptions that speak to it. */
interface Comparative {
  asked: RegExp;
  /** "Bigger", "stronger": how the answer names the quality. */
  word: string;
  written: RegExp;
  /** Name words that rank by this quality, larger first ("maximus" before "medius"). */
  ranks: readonly (readonly string[])[];
}

/** What the ranking words of Latin names mean, as the answer explains them. */
const MEANING: Readonly<Record<string, string>> = {
  maximus: 'largest',
  magnus: 'large',
  major: 'larger',
  medius: 'middle',
  minor: 'smaller',
  minimus: 'smallest',
  longus: 'long',
  longissimus: 'longest',
  brevis: 'short',
};

const SIZE_WORDS =
  /\b(largest|biggest|broadest|widest|large|big|bulk|bulky|massive|thick|small|smallest|tiny|thin|little)\b/i;

const COMPARATIVES: readonly Comparative[] = [
  {
    asked: /^(bigger|larger|broader|wider|heavier|thicker|smaller|tinier|thinner)$/,
    word: 'larger',
    written: SIZE_WORDS,
    ranks: [['maximus', 'magnus'], ['major'], ['medius'], ['minor', 'minimus']],
  },
  {
    asked: /^(longer|shorter)$/,
    word: 'longer',
    written: /\b(longest|long|short|shortest)\b/i,
    ranks: [['longus', 'longissimus'], ['brevis']],
  },
  {
    asked: /^(stronger|weaker|powerful)$/,
    word: 'stronger',
    written: /\b(strongest|powerful|powerfully|strong|weak)\b/i,
    ranks: [],
  },
];

/** Where a muscle's name word sits in the ranks, or -1: "teres major" → 1. */
const rankOf = (muscle: Muscle, ranks: Comparative['ranks']): number => {
  const words = inSentence(muscle.name).split(' ');
  return ranks.findIndex((rank) => rank.some((w) => words.includes(w)));
};

/** The name without its ranking word: "teres major" → "teres". */
const stem = (muscle: Muscle, ranks: Comparative['ranks']): string =>
  inSentence(muscle.name)
    .split(' ')
    .filter((w) => !ranks.some((rank) => rank.includes(w)))
    .join(' ');

/**
 * "Which is bigger, the teres major or the teres minor?", "is the glute max larger than the glute
 * med?", "which is stronger" of the muscles on screen: the catalog records no sizes or strengths,
 * so the answer quotes what its descriptions say of each, and reads the names of muscles named as
 * a larger and a smaller one of a kind. When neither speaks to it, it says so plainly. Null when
 * the message is no comparison of two or more muscles.
 */
export function comparisonText(
  tokens: readonly string[],
  muscles: readonly Muscle[],
): string | null {
  const asked = COMPARATIVES.find((c) => tokens.some((t) => c.asked.test(t)));
  if (asked === undefined || muscles.length < 2) return null;
  const name = (m: Muscle) => `the ${inSentence(m.name)}`;
  const sentences: string[] = [];
  const ranked = muscles.map((m) => ({ muscle: m, rank: rankOf(m, asked.ranks) }));
  const sameKind = new Set(muscles.map((m) => stem(m, asked.ranks))).size === 1;
  if (sameKind && ranked.every((r) => r.rank !== -1)) {
    const first = [...ranked].sort((a, b) => a.rank - b.rank)[0];
    if (first !== undefined && ranked.filter((r) => r.rank === first.rank).length === 1) {
      const words = muscles.flatMap((m) =>
        inSentence(m.name)
          .split(' ')
          .filter((w) => MEANING[w] !== undefined),
      );
      const meanings = words.map((w) => `“${w}” means ${MEANING[w] ?? ''}`);
      sentences.push(`By name, ${name(first.muscle)} is the ${asked.word}: ${joinList(meanings)}.`);
    }
  }
  const said = muscles.flatMap((muscle) => {
    const clause = muscle.summary.split(/[.;]/).find((part) => asked.written.test(part));
    return clause === undefined ? [] : [{ muscle, clause: clause.trim() }];
  });
  if (said.length > 0) {
    const quotes = said.map(({ muscle, clause }) => `of ${name(muscle)}, “${inSentence(clause)}”`);
    const silent = muscles.filter((m) => !said.some((s) => s.muscle === m));
    sentences.push(
      `The catalog's descriptions say ${joinList(quotes)}${silent.length > 0 ? `; they say nothing of that for ${joinList(silent.map(name))}` : ''}.`,
    );
  }
  if (sentences.length === 0)
    return `The catalog doesn't record the size or strength of ${joinList(muscles.map(name))}, and its descriptions don't say which is ${asked.word}.`;
  return sentences.join(' ');
}
