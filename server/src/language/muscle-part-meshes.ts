import type { Muscle } from '#shared/anatomy/catalog-schema';
import { formatMusclePartId } from '#shared/protocol/muscle-part-id';
import { partSlugOf, partsOf, type MusclePart } from './muscle-parts.js';
import { tokenize } from './tokenize.js';

/** The parts of a muscle the 3D model draws as meshes of their own (slugs), each once. */
export const meshedPartsOf = (muscle: Muscle): string[] => [
  ...new Set(Object.values(muscle.partNames ?? {})),
];

/** A named part and whether the model can highlight it alone. */
export interface PartMesh {
  /** `<muscleId>/<part>` when the model draws the part as a mesh of its own, else null. */
  readonly partId: string | null;
  readonly slug: string;
}

/** Where the model draws a part the student named: a part id, or null when only the whole muscle. */
export const partMeshOf = (muscle: Muscle, part: MusclePart): PartMesh => {
  const slug = partSlugOf(part);
  return {
    slug,
    partId: meshedPartsOf(muscle).includes(slug) ? formatMusclePartId(muscle.id, slug) : null,
  };
};

/**
 * Reads the part half of a part reference a model wrote: a slug (`long-head`), a catalog word
 * ("descending", "long head") or a lay word ("upper", "front", "rear"). Null when none fits.
 */
export const resolvePartWords = (muscle: Muscle, words: string): MusclePart | null => {
  const slug = words.trim().toLowerCase();
  const bySlug = partsOf(muscle).find((part) => partSlugOf(part) === slug);
  if (bySlug !== undefined) return bySlug;
  const tokens = tokenize(slug.replace(/-/g, ' '));
  return partsOf(muscle).find((part) => part.words.some((w) => tokens.includes(w))) ?? null;
};
