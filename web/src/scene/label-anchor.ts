import type { Side } from '../../../shared/protocol/index';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { SideFlags } from '../state/scene-data';

type Anchor = [number, number, number];

const meanCentroid = (anatomy: AnatomyIndex, parts: readonly number[]): Anchor | null => {
  const sum: Anchor = [0, 0, 0];
  let count = 0;
  for (const part of parts) {
    const centroid = anatomy.parts[part]?.centroid;
    if (!centroid) continue;
    sum[0] += centroid[0];
    sum[1] += centroid[1];
    sum[2] += centroid[2];
    count += 1;
  }
  return count > 0 ? [sum[0] / count, sum[1] / count, sum[2] / count] : null;
};

/**
 * Where a structure's label may sit: the mean centroid of its parts on each side shown (left
 * first, as `model:annotate` documents), or of its midline parts; a group's members count
 * together. The projector shows the label at the first anchor the camera can see. Empty when the
 * structure is not in the model.
 */
export const labelAnchors = (
  anatomy: AnatomyIndex,
  id: string,
  sides: SideFlags | Side,
): Anchor[] => {
  const flags =
    typeof sides === 'string' ? { left: sides !== 'right', right: sides !== 'left' } : sides;
  const members = anatomy.structureParts.has(id) ? [id] : (anatomy.groups.get(id)?.muscles ?? []);
  const left: number[] = [];
  const right: number[] = [];
  const midline: number[] = [];
  for (const member of members) {
    const parts = anatomy.structureParts.get(member);
    if (!parts) continue;
    if (flags.left) left.push(...parts.left);
    if (flags.right) right.push(...parts.right);
    if (parts.left.length === 0 && parts.right.length === 0) midline.push(...parts.midline);
  }
  const anchors = [
    meanCentroid(anatomy, left),
    meanCentroid(anatomy, right),
    meanCentroid(anatomy, midline),
  ];
  return anchors.filter((anchor): anchor is Anchor => anchor !== null);
};
