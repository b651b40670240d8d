import type { Box3 } from './compute-bounds.js';

/**
 * Whether a part's source bounds (millimetres) show it outside the body frame: the mis-scaled
 * BodyParts3D files shrink towards the origin and sit on the midline between the feet, where no
 * in-frame structure lies (the feet are more than 50 mm either side of it).
 */
export function isOutOfFrame(bounds: Box3): boolean {
  const centreX = (bounds.min[0] + bounds.max[0]) / 2;
  const height = bounds.max[1] - bounds.min[1];
  return bounds.max[1] < 80 && Math.abs(centreX) < 25 && height < 40;
}
