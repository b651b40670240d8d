import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { partSlugOf, partsOf, PART_NOUNS } from '../../language/muscle-parts.js';
import type { ParsedRequest } from '../../language/parse-request.js';
import { findReferents } from '../../language/referents.js';
import { inSentence } from './compose.js';
import type { GuideInput } from './plan-context.js';

/**
 * Position words a student puts before "one" or alone ("the medial one", "and lower"), with the
 * Latin words of muscle names they stand for ("medialis" in "vastus medialis").
 */
const POSITION_WORDS: Record<string, readonly string[]> = {
  medial: ['medialis', 'medial'],
  inner: ['medialis', 'medial'],
  inside: ['medialis', 'medial'],
  lateral: ['lateralis', 'lateral'],
  outer: ['lateralis', 'lateral'],
  outside: ['lateralis', 'lateral'],
  middle: ['intermedius', 'medius'],
  upper: ['superior'],
  top: ['superior'],
  lower: ['inferior'],
  bottom: ['inferior'],
  front: ['anterior'],
  rear: ['posterior'],
  long: ['longus'],
  longer: ['longus'],
  short: ['brevis'],
  shorter: ['brevis'],
  deep: ['profundus'],
  deeper: ['profundus'],
  big: ['major', 'maximus'],
  bigger: ['major', 'maximus'],
  large: ['major', 'maximus'],
  larger: ['major', 'maximus'],
  small: ['minor', 'minimus'],
  smaller: ['minor', 'minimus'],
};

/** Words that end the phrase naming the muscle meant: "the medial one", "the other ones". */
const ONE_WORDS = new Set(['one', 'ones', 'muscle', 'muscles', ...PART_NOUNS]);
/** Words after "other" that ask for the other side, not another muscle. */
const SIDE_NOUNS = new Set(['side', 'sides', 'arm', 'arms', 'leg', 'legs', 'hand', 'foot', 'limb']);
const LEADING = new Set(['the', 'its', 'their']);
const QUESTION_WORDS = new Set(['which', 'what', 'any', 'some', 'no']);

const nameWords = (muscle: Muscle) => inSentence(muscle.name).split(' ');

/**
 * "And the other one" after the teres major, "what about the medial one" after the vastus
 * lateralis, "and lower" after the upper trapezius: a muscle or part next to the one talked about,
 * found by its name. Returns the message with that name written out, or null.
 *
 * "Next to" is read from names only: the other muscles of the same region whose names differ from
 * the subject's in one word (teres major and teres minor; gluteus maximus, medius and minimus), or
 * the part of the subject that the word places. Parts are left to the part reader when the
 * message already says "one" or a part noun.
 */
export function neighbourFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  const { tokens } = request;
  if (request.action.pairs.length > 0) return null;
  const referents = findReferents(index, input.scene, input.history);
  const subject = referents?.muscles.length === 1 ? referents.muscles[0] : undefined;
  if (subject === undefined || referents === null) return null;
  // Only words of the subject's own name may be named ("the other teres").
  const own = new Set(nameWords(subject));
  // "The other head" is a part of it, not the head.
  const foreign = (w: string) => !own.has(w) && !PART_NOUNS.has(w);
  if (request.mentions.some((m) => m.text.split(' ').some(foreign))) return null;

  // "The other one", "the others"; "which other muscles…" asks something else.
  const other = tokens.findIndex((t) => t === 'other' || t === 'others');
  if (other !== -1 && !QUESTION_WORDS.has(tokens[other - 1] ?? '')) {
    // "The other one" of a muscle on one side is the other side: left to the side follow-up.
    if (referents.side !== 'both' || SIDE_NOUNS.has(tokens[other + 1] ?? '')) return null;
    const next = tokens[other + 1];
    const end =
      next !== undefined && (ONE_WORDS.has(next) || own.has(next)) ? other + 2 : other + 1;
    // "And the other head" with the long head of the biceps on screen: its short head.
    const otherPart = otherPartOf(subject, input);
    if (otherPart !== null) return rewrite(tokens, other, end, otherPart);
    const siblings = siblingsOf(index, subject);
    if (siblings.length === 0) return null;
    const names = siblings.map((m) => `the ${inSentence(m.name)}`).join(' and ');
    return rewrite(tokens, other, end, names);
  }

  // "Turn it to the front", "zoom lower": camera words place no muscle.
  if (request.view.consumed.size > 0) return null;
  const at = tokens.findIndex((t) => POSITION_WORDS[t] !== undefined);
  if (at === -1 || tokens.slice(at + 1).some((t) => POSITION_WORDS[t] !== undefined)) return null;
  const word = tokens[at] ?? '';
  const next = tokens[at + 1];
  const saysOne = next !== undefined && ONE_WORDS.has(next);
  // "And lower", "the medial one": alone or before "one"; "lower it" is something else.
  if (!saysOne && next !== undefined) return null;
  const end = saysOne ? at + 2 : at + 1;
  const part = partsOf(subject).find((p) => p.words.includes(word) || p.key === word);
  if (part !== undefined) {
    if (saysOne) return null; // the part reader reads "the medial one" of the triceps itself
    const noun = part.name.split(' ').at(-1) ?? 'part';
    return rewrite(tokens, at, end, `the ${word} ${noun} of the ${inSentence(subject.name)}`);
  }
  const sibling = siblingByWord(index, subject, word);
  return sibling === null ? null : rewrite(tokens, at, end, `the ${inSentence(sibling.name)}`);
}

/**
 * The one part of the subject not selected, when the subject is selected in parts and only one
 * other part is left: "the short head of the biceps brachii".
 */
function otherPartOf(subject: Muscle, input: GuideInput): string | null {
  const selected = new Set(
    (input.scene?.selection ?? [])
      .filter((s) => s.muscleId === subject.id)
      .flatMap((s) => s.parts ?? []),
  );
  if (selected.size === 0) return null;
  const rest = partsOf(subject).filter((p) => !selected.has(partSlugOf(p)));
  const [part] = rest;
  if (part === undefined || rest.length > 1) return null;
  return `the ${part.name} of the ${inSentence(subject.name)}`;
}

/** Words before a position word that belong to the phrase replaced: "the one on the outside". */
const ONE_ON = [
  ['the', 'one', 'on', 'the'],
  ['the', 'one', 'at', 'the'],
  ['the', 'one', 'on'],
];

/** The tokens with `[start, end)` and an article just before it replaced by `phrase`. */
function rewrite(tokens: readonly string[], start: number, end: number, phrase: string): string {
  const lead = ONE_ON.find((words) =>
    words.every((w, i) => tokens[start - words.length + i] === w),
  );
  const from =
    lead !== undefined
      ? start - lead.length
      : LEADING.has(tokens[start - 1] ?? '')
        ? start - 1
        : start;
  return [...tokens.slice(0, from), phrase, ...tokens.slice(end)].join(' ');
}

/**
 * Muscles of the subject's region whose names differ from its name in exactly one word: teres
 * minor for teres major, gluteus medius and minimus for gluteus maximus.
 */
export function siblingsOf(index: CatalogIndex, subject: Muscle): Muscle[] {
  const words = nameWords(subject);
  return index.catalog.muscles.filter((m) => {
    if (m.id === subject.id || m.region !== subject.region) return false;
    const theirs = nameWords(m);
    if (theirs.length !== words.length || words.length < 2) return false;
    return theirs.filter((w, i) => w !== words[i]).length === 1;
  });
}

/** The sibling whose name has the Latin word for `word` where the subject's name differs. */
function siblingByWord(index: CatalogIndex, subject: Muscle, word: string): Muscle | null {
  const latin = POSITION_WORDS[word] ?? [];
  const words = nameWords(subject);
  for (const sibling of siblingsOf(index, subject)) {
    const theirs = nameWords(sibling);
    const differing = theirs.find((w, i) => w !== words[i]);
    if (differing !== undefined && latin.includes(differing)) return sibling;
  }
  return null;
}
