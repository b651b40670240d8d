import type { AnatomyIndex } from './anatomy-index';
import { resolveStructureParts } from './resolve-structure-parts';
import type { SelectionEntry, SideFlags } from './scene-data';

/**
 * The meshes a selection entry lights: those of its parts when it names parts the model draws,
 * else every mesh of the structure on its sides (as `writePartStates` colours them).
 */
export const selectedPartIndices = (
  anatomy: AnatomyIndex,
  id: string,
  entry: SideFlags & Pick<SelectionEntry, 'parts'>,
): number[] => {
  const all: number[] = [];
  resolveStructureParts(anatomy, id, entry, (part) => all.push(part));
  const wanted = entry.parts;
  if (wanted === undefined) return all;
  const own = all.filter((part) => wanted.includes(anatomy.musclePart[part] ?? ''));
  return own.length > 0 ? own : all;
};
