import type { Bone, Muscle } from '#shared/anatomy/catalog-schema';
import type { ActionPair } from './detect-action.js';
import { findPart, PART_NOUNS, partsOf, type MusclePart } from './muscle-parts.js';

/** Words that name where a part lies, so "<word> head" asks for a part even when none has it. */
export const PART_PLACE_WORDS: ReadonlySet<string> = new Set([
  'long',
  'short',
  'medial',
  'lateral',
  'inner',
  'outer',
  'upper',
  'lower',
  'middle',
  'front',
  'rear',
  'back',
  'anterior',
  'posterior',
  'superior',
  'inferior',
  'deep',
  'superficial',
  'sternal',
  'clavicular',
  'oblique',
  'transverse',
]);

/** What a message says about a part of one of the muscles it is about. */
export type PartReading =
  /** A part the catalog knows, of `muscle` (one of the muscles the message named). */
  | { found: true; muscle: Muscle; part: MusclePart; byFact: boolean }
  /** "Medial head of the deltoid": a part the muscle does not have, in the student's words. */
  | { found: false; muscle: Muscle; asked: string; parts: readonly MusclePart[] };

/**
 * "Which bit attaches to the collarbone", "which head comes from the coracoid": the one part whose
 * origin names the bone (or a landmark the message names).
 */
function partArisingFrom(
  muscle: Muscle,
  tokens: readonly string[],
  bones: readonly Bone[],
): MusclePart | null {
  const segments = muscle.origin.split(/(?<=\.)\s+/).map((s) => s.toLowerCase());
  const places = [
    ...bones
      .flatMap((b) => [b.name, ...b.synonyms])
      .map((n) => n.toLowerCase().replace(/ bones?$/, '')),
    // Long words only: "coracoid", "ischial"; not "the", "from".
    ...tokens.filter((t) => t.length >= 5 && !muscle.name.toLowerCase().includes(t)),
  ];
  const arising = partsOf(muscle).filter((part) => {
    const segment = segments.find((s) => s.startsWith(`${part.key} `));
    return segment !== undefined && places.some((place) => segment.includes(place));
  });
  return arising.length === 1 ? (arising[0] ?? null) : null;
}

/** "Which part of the trapezius shrugs": the one part the catalog's note gives the movement to. */
function partActing(muscle: Muscle, pairs: readonly ActionPair[]): MusclePart | null {
  const acting = partsOf(muscle).filter((part) =>
    muscle.actions.some(
      (a) =>
        pairs.some((p) => p.joint === a.joint && p.movement === a.movement) &&
        (a.note ?? '').toLowerCase().startsWith(part.key),
    ),
  );
  return acting.length === 1 ? (acting[0] ?? null) : null;
}

/** The part whose word sits right before a part noun: "inner head", "upper fibres". */
function partBeforeNoun(muscle: Muscle, tokens: readonly string[]): MusclePart | null {
  const words = tokens.filter((_, i) => PART_NOUNS.has(tokens[i + 1] ?? ''));
  return partsOf(muscle).find((part) => part.words.some((w) => words.includes(w))) ?? null;
}

/**
 * The part a message asks for, among the muscles it is about: by its words ("upper trapezius",
 * "the long head"), by where it arises ("which bit of the pec attaches to the collarbone") or what
 * it does ("which part of the trapezius shrugs"), or,
 * for a group, the one muscle that has the part ("the inner head of the calf muscle"). A part the
 * muscle lacks is read too, so the answer can say so instead of showing the whole muscle silently.
 */
export function readPart(
  muscles: readonly Muscle[],
  tokens: readonly string[],
  near: { start: number; end: number } | null,
  /** Bones and movements the message names, to tell a part by where it arises or what it does. */
  { bones, pairs }: { bones: readonly Bone[]; pairs: readonly ActionPair[] },
): PartReading | null {
  const namesPart = tokens.some((t) => PART_NOUNS.has(t));
  if (muscles.length > 1) {
    if (!namesPart) return null;
    const having = muscles.flatMap((muscle) => {
      const part = partBeforeNoun(muscle, tokens);
      return part === null ? [] : [{ found: true as const, muscle, part, byFact: false }];
    });
    return having.length === 1 ? (having[0] ?? null) : null;
  }
  const [muscle] = muscles;
  if (muscle === undefined) return null;
  // "Which head of the gastrocnemius is on the inside": the words after the name count too.
  const asksWhich = tokens.some(
    (t, i) => /^(which|what)$/.test(t) && PART_NOUNS.has(tokens[i + 1] ?? ''),
  );
  const named = findPart(muscle, tokens, asksWhich ? null : near);
  if (named !== null) return { found: true, muscle, part: named, byFact: false };
  const byFact = asksWhich
    ? (partActing(muscle, pairs) ?? partArisingFrom(muscle, tokens, bones))
    : namesPart
      ? partArisingFrom(muscle, tokens, bones)
      : null;
  if (byFact !== null) return { found: true, muscle, part: byFact, byFact: true };
  const at = tokens.findIndex(
    (t, i) => PART_PLACE_WORDS.has(t) && PART_NOUNS.has(tokens[i + 1] ?? ''),
  );
  if (at < 0) return null;
  return {
    found: false,
    muscle,
    asked: `${tokens[at] ?? ''} ${tokens[at + 1] ?? ''}`,
    parts: partsOf(muscle),
  };
}

/**
 * "The posterior head", "its long head": a part noun after a place word names a part of a muscle,
 * never the head as a body region. The indices of such nouns.
 */
export function partNounsAfterPlaceWords(tokens: readonly string[]): number[] {
  return tokens.flatMap((t, i) =>
    PART_NOUNS.has(t) && PART_PLACE_WORDS.has(tokens[i - 1] ?? '') ? [i] : [],
  );
}
