import type { Muscle } from '#shared/anatomy/catalog-schema';

/** A named part or head of one muscle, as the catalog writes it and as students say it. */
export interface MusclePart {
  /** The catalog's name: "long head", "clavicular part", "descending (upper) fibres". */
  name: string;
  /** Lay words for it: "front" for the clavicular part of the deltoid. */
  words: readonly string[];
  /** The word the catalog's origins and action notes use for it. */
  key: string;
}

/** Parts students name by lay words; other heads are read from the catalog's origins. */
const layParts: Record<string, MusclePart[]> = {
  trapezius: [
    {
      name: 'descending (upper) part',
      words: ['upper', 'descending', 'superior', 'top'],
      key: 'descending',
    },
    { name: 'transverse (middle) part', words: ['middle', 'mid', 'transverse'], key: 'transverse' },
    {
      name: 'ascending (lower) part',
      words: ['lower', 'ascending', 'inferior', 'bottom'],
      key: 'ascending',
    },
  ],
  deltoid: [
    {
      name: 'clavicular (front) part',
      words: ['front', 'anterior', 'clavicular', 'forward'],
      key: 'clavicular',
    },
    {
      name: 'acromial (middle) part',
      words: ['side', 'middle', 'lateral', 'acromial', 'mid'],
      key: 'acromial',
    },
    { name: 'spinal (rear) part', words: ['rear', 'back', 'posterior', 'spinal'], key: 'spinal' },
  ],
  'pectoralis-major': [
    { name: 'clavicular (upper) part', words: ['upper', 'clavicular', 'top'], key: 'clavicular' },
    {
      name: 'sternocostal part',
      words: ['sternocostal', 'sternal', 'middle', 'mid'],
      key: 'sternocostal',
    },
    { name: 'abdominal (lower) part', words: ['lower', 'abdominal', 'bottom'], key: 'abdominal' },
  ],
  gastrocnemius: [
    { name: 'medial head', words: ['medial', 'inner', 'inside', 'medialis'], key: 'medial' },
    { name: 'lateral head', words: ['lateral', 'outer', 'outside', 'lateralis'], key: 'lateral' },
  ],
};

/** "Long head: …. Short head: …" in a catalog origin names the heads. */
const headsFromOrigin = (muscle: Muscle): MusclePart[] =>
  [...muscle.origin.matchAll(/(?:^|\.\s+)([A-Z][a-z]+) (head|part):/g)].map((m) => {
    const word = (m[1] ?? '').toLowerCase();
    const lay =
      { lateral: ['outer', 'outside', 'lateralis'], medial: ['inner', 'inside', 'medialis'] }[
        word
      ] ?? [];
    return { name: `${word} ${m[2] ?? 'head'}`, words: [word, ...lay], key: word };
  });

/**
 * The slug a named part has in the model: "long head" → `long-head`, "descending (upper) part" →
 * `descending`, as `musclePartOfLabel` reads BodyParts3D's labels.
 */
export const partSlugOf = (part: MusclePart): string =>
  /\bhead\b/.test(part.name) ? `${part.key}-head` : part.key;

/** Parts the model draws on their own that neither the lay table nor the origin names. */
const partsFromMeshes = (muscle: Muscle): MusclePart[] =>
  [...new Set(Object.values(muscle.partNames ?? {}))].map((slug) => {
    const word = slug.replace(/-head$/, '');
    return {
      name: slug.endsWith('-head') ? `${word} head` : `${word} part`,
      words: [word],
      key: word,
    };
  });

/** The parts of a muscle students may name. */
export function partsOf(muscle: Muscle): MusclePart[] {
  const named: MusclePart[] = [...(layParts[muscle.id] ?? [])];
  for (const part of [...headsFromOrigin(muscle), ...partsFromMeshes(muscle)])
    if (!named.some((known) => known.key === part.key || partSlugOf(known) === partSlugOf(part)))
      named.push(part);
  return named;
}

/** Nouns that say a part of a muscle is meant: "its long head", "the upper fibres", "the front bit". */
export const PART_NOUNS: ReadonlySet<string> = new Set([
  'head',
  'heads',
  'part',
  'parts',
  'fibres',
  'fibers',
  'portion',
  'bit',
]);

/** With no name near, "one" says a part too: "the long one", "the lower ones". */
const PART_WORDS = new Set([...PART_NOUNS, 'one', 'ones']);

/** Words that place a part, before "one" or "ones": "the lower ones", "the middle one". */
const PLACING_WORDS = new Set([
  'upper',
  'lower',
  'middle',
  'top',
  'bottom',
  'front',
  'inner',
  'outer',
  'long',
  'short',
  'deep',
  'medial',
  'lateral',
  'rear',
]);

/** Whether a message names a part: a part noun, or "one(s)" after a placing word. */
export const mentionsPart = (tokens: readonly string[]): boolean =>
  tokens.some(
    (t, i) =>
      PART_NOUNS.has(t) ||
      ((t === 'one' || t === 'ones') && PLACING_WORDS.has(tokens[i - 1] ?? '')),
  );

/** The words of `tokens` before its first part noun; none when no part noun follows. */
function wordsBeforePartNoun(tokens: readonly string[]): readonly string[] {
  const at = tokens.findIndex((t) => PART_NOUNS.has(t));
  return at < 0 ? [] : tokens.slice(0, at);
}

/**
 * The part of `muscle` a message names: a lay or catalog word inside the name or just before it
 * ("upper traps", "long head of the biceps"), or, with no name, next to "head" or "part".
 */
export function findPart(
  muscle: Muscle,
  tokens: readonly string[],
  near: { start: number; end: number } | null,
): MusclePart | null {
  const parts = partsOf(muscle);
  if (parts.length === 0) return null;
  // "Adductor magnus" names the muscle, not its adductor part: the words of its own name are no
  // part ("front delt" still names one).
  const ownName = new Set(muscle.name.toLowerCase().split(/[^a-z]+/));
  const window =
    near !== null
      ? [
          // Five words back reach "clavicular part of the left pec major".
          ...tokens.slice(Math.max(0, near.start - 5), near.start),
          ...tokens.slice(near.start, near.end).filter((t) => !ownName.has(t)),
          // Latin puts the part after the name: "gastrocnemius lateralis".
          ...tokens.slice(near.end, near.end + 1).filter((t) => t.endsWith('alis')),
          // So does the possessive: "the deltoid's rear head", "deltoids posterior head".
          ...wordsBeforePartNoun(tokens.slice(near.end, near.end + 3)),
        ]
      : tokens.some((t) => PART_WORDS.has(t))
        ? tokens
        : [];
  // "Front of the deltoid" names the part; "the deltoid from the front" names the view.
  return parts.find((part) => part.words.some((word) => window.includes(word))) ?? null;
}
