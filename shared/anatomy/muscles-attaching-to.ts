import type { Bone, Muscle } from './catalog-schema.js';

/** Whole-word, case-insensitive: "scapula" in "costal surface of the scapula", not in "scapular". */
const mentions = (text: string, name: string): boolean =>
  new RegExp(
    `(^|[^a-z])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`,
  ).test(text.toLowerCase());

/** Which end of a muscle is asked about: where it arises, where it inserts, or either. */
export type AttachmentEnd = 'origin' | 'insertion' | 'either';

/**
 * The muscles whose origin or insertion (or the one `end` asked for) names `bone` (or one of its
 * other names), by name.
 */
export const musclesAttachingTo = (
  bone: Bone,
  muscles: Iterable<Muscle>,
  end: AttachmentEnd = 'either',
): Muscle[] => {
  const names = [bone.name, ...bone.synonyms];
  const found: Muscle[] = [];
  for (const muscle of muscles) {
    const text =
      end === 'origin'
        ? muscle.origin
        : end === 'insertion'
          ? muscle.insertion
          : `${muscle.origin} ${muscle.insertion}`;
    if (names.some((name) => mentions(text, name))) found.push(muscle);
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
};
