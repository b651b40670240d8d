import type { ModelBounds } from '#shared/anatomy/model-manifest';
import type { Region } from '#shared/anatomy/catalog-schema';
import type { Side } from '#shared/protocol/index';
import type { AnatomyIndex } from '../state/anatomy-index';
import { resolveStructureParts } from '../state/resolve-structure-parts';
import { sideFlags } from '../state/side-flags';

/**
 * Bounds (metres) of the parts of `ids` on `side`, plus every muscle of `region`; null when
 * none of them is in the model.
 */
export const focusBounds = (
  anatomy: AnatomyIndex,
  ids: readonly string[],
  side: Side,
  region: Region | null = null,
): ModelBounds | null => {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  let found = false;
  const grow = (part: number) => {
    const bbox = anatomy.parts[part]?.bbox;
    if (!bbox) return;
    found = true;
    for (let axis = 0; axis < 3; axis += 1) {
      min[axis] = Math.min(min[axis] as number, bbox.min[axis] as number);
      max[axis] = Math.max(max[axis] as number, bbox.max[axis] as number);
    }
  };
  const flags = sideFlags(side);
  for (const id of ids) resolveStructureParts(anatomy, id, flags, grow);
  if (region) {
    for (const muscle of anatomy.catalog.muscles) {
      if (muscle.region === region) resolveStructureParts(anatomy, muscle.id, flags, grow);
    }
  }
  return found ? { min, max } : null;
};
