import type { Bone, Muscle } from '../../../shared/anatomy/catalog-schema';

/** Whole-word, case-insensitive: "scapula" in "costal surface of the scapula", not in "scapular". */
const mentions = (text: string, name: string): boolean =>
  new RegExp(
    `(^|[^a-z])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`,
  ).test(text.toLowerCase());

/** The muscles whose origin or insertion names `bone` (or one of its other names), by name. */
export const musclesAttachingTo = (bone: Bone, muscles: Iterable<Muscle>): Muscle[] => {
  const names = [bone.name, ...bone.synonyms];
  const found: Muscle[] = [];
  for (const muscle of muscles) {
    const text = `${muscle.origin} ${muscle.insertion}`;
    if (names.some((name) => mentions(text, name))) found.push(muscle);
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
};
