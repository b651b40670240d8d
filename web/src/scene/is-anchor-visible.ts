import { Ray, Vector3 } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { BodyRuntime } from './body-runtime';
import { lastPickDistance, pickPart } from './pick-part';

const ray = new Ray();
const target = new Vector3();
/** Surface depth around a centroid (metres) that still counts as the structure's own. */
const SLACK = 0.015;

/**
 * Whether a label's anchor (a structure's centroid, inside its mesh) can be seen from `eye`: the
 * first surface on the way there belongs to the structure itself, or nothing lies in between.
 * One BVH cast, no allocation.
 */
export const isAnchorVisible = (
  eye: Vector3,
  anchor: readonly [number, number, number],
  structureId: string,
  anatomy: AnatomyIndex,
  runtime: BodyRuntime,
): boolean => {
  target.set(anchor[0], anchor[1], anchor[2]);
  ray.origin.copy(eye);
  ray.direction.subVectors(target, eye);
  const distance = ray.direction.length();
  if (distance < 1e-6) return true;
  ray.direction.divideScalar(distance);
  const part = pickPart(ray, runtime.batches, runtime.partStates);
  if (part < 0) return true;
  const hit = anatomy.partStructure[part] ?? null;
  if (hit === structureId || lastPickDistance() > distance - SLACK) return true;
  return hit !== null && (anatomy.groups.get(structureId)?.muscles.includes(hit) ?? false);
};
