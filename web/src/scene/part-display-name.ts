import type { AnatomyIndex } from '../state/anatomy-index';
import { musclePartPhrase } from '../state/muscle-part-phrase';
import { structureName } from '../state/structure-name';

/**
 * What the hover tooltip says for a part: "Biceps brachii, long head (left)", "Diaphragm", or the
 * part's own label when no structure claims it.
 */
export const partDisplayName = (anatomy: AnatomyIndex, part: number): string => {
  const info = anatomy.parts[part];
  if (!info) return '';
  const structure = anatomy.partStructure[part];
  if (!structure) return info.label;
  const musclePart = anatomy.musclePart[part];
  const name = `${structureName(anatomy, structure)}${musclePart ? `, ${musclePartPhrase([musclePart])}` : ''}`;
  return info.side === 'midline' ? name : `${name} (${info.side})`;
};
