import type { Muscle, MuscleGroup } from '#shared/anatomy/catalog-schema';

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/** A name as it reads mid-sentence: "Biceps brachii" → "biceps brachii" (acronyms kept). */
export const inSentence = (name: string): string =>
  /^[A-Z](?:[a-z]|\s)/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;

/** Upper-cases the first letter. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "the biceps brachii", "the left deltoid". */
export const muscleLabel = (muscle: Muscle, side: 'left' | 'right' | 'both' = 'both'): string =>
  `the ${side === 'both' ? '' : `${side} `}${inSentence(muscle.name)}`;

/** "the rotator cuff", "the hamstrings". */
export const groupLabel = (group: MuscleGroup, side: 'left' | 'right' | 'both' = 'both'): string =>
  `the ${side === 'both' ? '' : `${side} `}${inSentence(group.name)}`;

/** Ends a fragment with one full stop. */
export const sentence = (text: string): string =>
  /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/** Catalog text that starts mid-phrase, read after a verb: "the deltoid tuberosity of the humerus". */
export function asObject(text: string): string {
  const lowered = inSentence(text.trim().replace(/\.$/, ''));
  return /^(the|a|an|both|each|all|its|their|either|one|two|three|four|five|six|several|most|via|through|from|by|branches|fibres|fibers|muscular)\b/i.test(
    lowered,
  ) || /^[A-Z0-9]/.test(lowered)
    ? lowered
    : `the ${lowered}`;
}

/** The first item of a list that cannot be empty here; throws if it is (a programming error). */
export function firstOf<T>(items: readonly T[]): T {
  if (items.length === 0) throw new Error('expected a non-empty list');
  return items[0] as T;
}

/** The last item of a list that cannot be empty here. */
export function lastOf<T>(items: readonly T[]): T {
  if (items.length === 0) throw new Error('expected a non-empty list');
  return items[items.length - 1] as T;
}

/** A small count in words: "three"; digits from 13 on. */
export const numberWord = (n: number): string =>
  [
    'no',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ][n] ?? String(n);
