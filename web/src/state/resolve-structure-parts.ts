import type { AnatomyIndex } from './anatomy-index';
import type { SideFlags } from './scene-data';

/**
 * Calls `visit` for every part index of a structure on the given sides; a group id stands for
 * its muscles. Midline parts count for either side. Allocation-free for plain structures.
 */
export const resolveStructureParts = (
  index: AnatomyIndex,
  id: string,
  sides: SideFlags,
  visit: (partIndex: number) => void,
): void => {
  const parts = index.structureParts.get(id);
  if (parts) {
    if (sides.left) for (const p of parts.left) visit(p);
    if (sides.right) for (const p of parts.right) visit(p);
    if (sides.left || sides.right) for (const p of parts.midline) visit(p);
    return;
  }
  const group = index.groups.get(id);
  if (group) for (const member of group.muscles) resolveStructureParts(index, member, sides, visit);
};
