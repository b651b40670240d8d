import { musclePartOfLabel } from '#shared/anatomy/muscle-part-of-label';
import type { PartClass } from './classify-parts.js';

/**
 * The named part of its muscle a mesh draws, for the manifest. Only meshes the catalog gives to a
 * muscle have one: a part of a bone or of an unlisted structure is not selectable as a muscle part.
 */
export const musclePartFor = (label: string, partClass: Pick<PartClass, 'kind'>): string | null =>
  partClass.kind === 'muscle' ? musclePartOfLabel(label) : null;
