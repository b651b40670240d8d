import type { AnatomyIndex } from '../state/anatomy-index';
import { structureName } from '../state/structure-name';

/** What the hover tooltip says for a part: "Biceps brachii (left)", or the part's own label. */
export const partDisplayName = (anatomy: AnatomyIndex, part: number): string => {
  const info = anatomy.parts[part];
  if (!info) return '';
  const structure = anatomy.partStructure[part];
  if (!structure) return info.label;
  const name = structureName(anatomy, structure);
  return info.side === 'midline' ? name : `${name} (${info.side})`;
};
