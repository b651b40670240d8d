import { z } from 'zod';
import { MuscleId } from './ids.js';

/**
 * A named part of a muscle, as a slug: the word of a part ("descending", "clavicular") or a head
 * with its word ("long-head", "medial-head"), as BodyParts3D names its separate meshes.
 */
export const MusclePartSlug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z]+(?:-head)?$/, 'a part is a word, or a word and "-head" ("long-head")');
export type MusclePartSlug = z.infer<typeof MusclePartSlug>;

/** `<muscleId>/<part>`: one part of one muscle, e.g. `trapezius/descending`, `biceps-brachii/long-head`. */
export const MusclePartId = z
  .string()
  .max(121)
  .refine((id) => parseMusclePartId(id) !== null, 'a part id is "<muscleId>/<part>"');
export type MusclePartId = z.infer<typeof MusclePartId>;

/** The muscle and part of a part id. */
export interface MusclePartRef {
  readonly muscleId: string;
  readonly part: string;
}

/** Writes the id of a muscle's part: `formatMusclePartId('trapezius', 'descending')`. */
export const formatMusclePartId = (muscleId: string, part: string): string => `${muscleId}/${part}`;

/** Reads a part id, or null when it is not `<muscleId>/<part>` with valid halves. */
export const parseMusclePartId = (id: string): MusclePartRef | null => {
  const slash = id.indexOf('/');
  if (slash < 0) return null;
  const muscleId = id.slice(0, slash);
  const part = id.slice(slash + 1);
  if (!MuscleId.safeParse(muscleId).success || !MusclePartSlug.safeParse(part).success) return null;
  return { muscleId, part };
};
