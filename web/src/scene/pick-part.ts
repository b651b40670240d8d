import { Ray, Vector3, type Box3, type Triangle } from 'three';
import { INTERSECTED, NOT_INTERSECTED } from 'three-mesh-bvh';
import type { BodyBatch } from './body-batch';
import type { PartStateTexture } from './part-state-texture';

// Module scope scratch: picking runs on pointer moves and must not allocate.
const hit = new Vector3();
let ray = new Ray();
let bestDistance = Infinity;
let bestPart = -1;
let currentIndex: ArrayLike<number> | null = null;
let currentParts: ArrayLike<number> | null = null;
let currentStates: PartStateTexture | null = null;

const callbacks = {
  boundsTraverseOrder: (box: Box3) => box.distanceToPoint(ray.origin),
  intersectsBounds: (box: Box3, _isLeaf: boolean, score: number | undefined) =>
    (score !== undefined && score > bestDistance) || !ray.intersectsBox(box)
      ? NOT_INTERSECTED
      : INTERSECTED,
  intersectsTriangle: (triangle: Triangle, triangleIndex: number) => {
    const vertex = currentIndex?.[triangleIndex * 3] ?? 0;
    const part = currentParts?.[vertex] ?? -1;
    if (part < 0 || !currentStates?.isPickable(part)) return false;
    if (ray.intersectTriangle(triangle.a, triangle.b, triangle.c, false, hit)) {
      const distance = hit.distanceTo(ray.origin);
      if (distance < bestDistance) {
        bestDistance = distance;
        bestPart = part;
      }
    }
    return false;
  },
};

/** Distance along the ray of the last `pickPart` hit (Infinity when it found none). */
export const lastPickDistance = (): number => bestDistance;

/**
 * The visible part nearest along `worldRay`, or -1; faded parts are seen through. The batches are in world space (identity
 * transforms). Uses each batch's BVH; allocation-free, so it runs on every pointer move.
 */
export const pickPart = (
  worldRay: Ray,
  batches: readonly BodyBatch[],
  states: PartStateTexture,
): number => {
  ray = worldRay;
  bestDistance = Infinity;
  bestPart = -1;
  currentStates = states;
  for (const batch of batches) {
    if (!batch.bvh) continue;
    currentIndex = batch.geometry.index?.array ?? null;
    currentParts = batch.partOfVertex;
    batch.bvh.shapecast(callbacks);
  }
  currentIndex = null;
  currentParts = null;
  currentStates = null;
  return bestPart;
};
