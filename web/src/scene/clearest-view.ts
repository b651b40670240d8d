import { Ray, Vector3 } from 'three';
import { viewDirections } from '#shared/anatomy/view-directions';
import type { NamedView, Side } from '#shared/protocol/index';
import type { AnatomyIndex } from '../state/anatomy-index';
import { resolveStructureParts } from '../state/resolve-structure-parts';
import { sideFlags } from '../state/side-flags';
import type { BodyRuntime } from './body-runtime';
import { pickPart } from './pick-part';

/** Candidates in order of preference: on a tie the earlier wins (students expect front first). */
const candidates: readonly NamedView[] = [
  'anterior',
  'posterior',
  'anterolateral-left',
  'anterolateral-right',
  'posterolateral-left',
  'posterolateral-right',
  'left',
  'right',
];
const ray = new Ray();
const point = new Vector3();
const OUTSIDE_M = 3;

/**
 * The horizontal named view from which most of the structures' parts can be seen: from each
 * view, a ray towards each part's centroid must meet one of the structures first. Null when the
 * BVH is not ready or nothing is in the model (the caller falls back to a guess).
 */
export const clearestView = (
  anatomy: AnatomyIndex,
  runtime: BodyRuntime,
  ids: readonly string[],
  side: Side,
): NamedView | null => {
  if (runtime.batches.length === 0 || runtime.batches.some((b) => b.bvh === null)) return null;
  const parts: number[] = [];
  const flags = sideFlags(side);
  for (const id of ids) resolveStructureParts(anatomy, id, flags, (p) => parts.push(p));
  if (parts.length === 0) return null;
  const own = new Set(parts.map((p) => anatomy.partStructure[p]));
  let best: NamedView | null = null;
  let bestScore = 0;
  for (const view of candidates) {
    const { direction } = viewDirections[view];
    let seen = 0;
    for (const part of parts) {
      const centroid = anatomy.parts[part]?.centroid;
      if (!centroid) continue;
      point.set(centroid[0], centroid[1], centroid[2]);
      ray.origin.set(direction[0], direction[1], direction[2]).multiplyScalar(OUTSIDE_M).add(point);
      ray.direction.set(-direction[0], -direction[1], -direction[2]);
      const hit = pickPart(ray, runtime.batches, runtime.partStates);
      if (hit >= 0 && own.has(anatomy.partStructure[hit] ?? null)) seen += 1;
    }
    const score = seen / parts.length;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = view;
    }
  }
  return best;
};
