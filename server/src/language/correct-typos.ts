import { editDistance } from './edit-distance.js';
import { patternVocabulary } from './phrase-pattern.js';
import { COMMON_WORDS } from './stopwords.js';

/**
 * The question words students misspell that carry the request ("how many heds", "wich nerv
 * supplys it"). Not short or everyday words whose neighbours are English too ("show": "slow",
 * "where": "were", "turn": "torn"): mending those would misread correct messages.
 */
const MENDABLE = [
  ...['heads', 'which', 'muscle', 'muscles', 'origin', 'origins', 'insertion', 'insertions'],
  ...['nerve', 'nerves', 'innervates', 'innervation', 'supplies', 'supplied', 'function'],
  ...['functions', 'antagonist', 'antagonists', 'synergist', 'synergists', 'isolate'],
  ...['highlight', 'rotate', 'rotates', 'flexes', 'extends', 'abducts', 'adducts'],
  ...['elbow', 'shoulder', 'shoulders', 'ankle', 'wrist', 'fingers', 'thumb'],
];

/**
 * The word of `MENDABLE` one typo away from `token`, when exactly one is and it starts with the
 * same letter (typos seldom hit the first: "heds" is "heads", not "meds", the glutei medii), and
 * no name word is as close, so a misspelt muscle stays for the name matcher.
 */
const correctionOf = (token: string, nameWords: ReadonlySet<string>): string | null => {
  const close = MENDABLE.filter(
    (word) => word[0] === token[0] && editDistance(token, word, 1) <= 1,
  );
  const [found] = close;
  if (found === undefined || close.length > 1) return null;
  for (const word of nameWords)
    if (word !== found && word[0] === token[0] && editDistance(token, word, 1) <= 1) return null;
  return found;
};

/** The tokens with misspelt question words mended; known words and names are left as they are. */
export const correctTypos = (
  tokens: readonly string[],
  nameWords: ReadonlySet<string>,
): string[] => {
  const vocabulary = patternVocabulary();
  return tokens.map((token) =>
    token.length < 4 ||
    !/^[a-z]+$/.test(token) ||
    vocabulary.has(token) ||
    nameWords.has(token) ||
    COMMON_WORDS.has(token)
      ? token
      : (correctionOf(token, nameWords) ?? token),
  );
};
