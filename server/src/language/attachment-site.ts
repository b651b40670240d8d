import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { Lexicon } from './lexicon.js';
import { ARTICLES, COMMON_WORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';
import { partNounsAfterPlaceWords } from './read-part.js';

/** Words that ask where muscles attach. */
const ATTACH_WORDS = new Set(
  'attach attaches attached attaching attachment attachments arise arises arising originate originates originating insert inserts inserted inserting insertion insertions origin origins connect connects connected anchored anchors'.split(
    ' ',
  ),
);

/** A place on a bone named in a message ("the iliac crest"), and the muscles on it. */
export type AttachmentSite = {
  phrase: string;
  start: number;
  end: number;
  arising: Muscle[];
  inserting: Muscle[];
};

const LONGEST = 5;
/** The catalog's attachment texts in tokens, padded, for whole-phrase lookups. */
const textOf = (text: string) => ` ${tokenize(text).join(' ')} `;

/**
 * "Which muscles attach to the iliac crest", "what arises from the medial epicondyle": the
 * longest phrase of the message that the catalog's origins or insertions name, when the message
 * asks where muscles attach. A phrase is a place, not a name: more than a name of the lexicon
 * ("the spine of the scapula" is no back), or one word of the places ("epicondyle").
 */
export const findAttachmentSite = (
  tokens: readonly string[],
  muscles: readonly Muscle[],
  lexicon: Lexicon,
): AttachmentSite | null => {
  if (!tokens.some((t) => ATTACH_WORDS.has(t))) return null;
  const edge = (t: string | undefined) =>
    t === undefined || ARTICLES.has(t) || COMMON_WORDS.has(t) || ATTACH_WORDS.has(t);
  // "Where does the long head attach" asks about a part of a muscle, not a place called "long head".
  const partNouns = new Set(partNounsAfterPlaceWords(tokens));
  for (let length = LONGEST; length >= 1; length -= 1)
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const words = tokens.slice(start, start + length);
      if (edge(words[0]) || edge(words[words.length - 1])) continue;
      if (partNouns.has(start + length - 1)) continue;
      const phrase = words.join(' ');
      const place = length === 1 ? lexicon.siteWords.has(phrase) : !lexicon.targets.has(phrase);
      if (!place) continue;
      const names = (text: string) => textOf(text).includes(` ${phrase} `);
      const arising = muscles.filter((m) => names(m.origin));
      const inserting = muscles.filter((m) => names(m.insertion));
      if (arising.length + inserting.length > 0)
        return { phrase, start, end: start + length, arising, inserting };
    }
  return null;
};
