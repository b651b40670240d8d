import { Ray, Vector3, type Frustum } from 'three';
import type { ModelPart } from '#shared/anatomy/model-manifest';
import type { BodyBatch } from './body-batch';
import { partRanges } from './find-occluders';
import type { PartStateTexture } from './part-state-texture';
import { lastPickDistance, pickPart } from './pick-part';

/** A label's point on its structure, and whether the camera sees it. */
export interface LabelPoint {
  readonly point: [number, number, number];
  readonly visible: boolean;
}

const SAMPLES_PER_PART = 24;
/** Rounding along the ray: a hit this close to the vertex is the vertex's own surface. */
const EPSILON_M = 0.0005;
const ray = new Ray();
const vertex = new Vector3();
const normal = new Vector3();

/**
 * Where a structure's label should point: a vertex of its own parts on the side facing `eye`
 * that the camera sees (the first surface a ray meets is one of `parts`, faded parts being seen
 * through), the one in the middle of what shows on the side (left or right) that shows most.
 * When none shows, the facing vertex nearest the camera, marked not visible. Null when no part
 * is in view.
 */
export const visibleLabelPoint = (
  eye: Vector3,
  parts: readonly number[],
  modelParts: readonly ModelPart[],
  batches: readonly BodyBatch[],
  states: PartStateTexture,
  /** Only points inside it count (the camera's view). */
  inView: Frustum,
): LabelPoint | null => {
  const ranges = partRanges(batches);
  const own = new Set(parts);
  const seen = new Map<string, number[]>();
  let nearest: [number, number, number] | null = null;
  let nearestDistance = Infinity;
  for (const part of parts) {
    const range = ranges.get(part);
    if (!range || !states.isVisible(part)) continue;
    const side = modelParts[part]?.side ?? 'midline';
    const position = range.batch.geometry.getAttribute('position');
    const normals = range.batch.geometry.getAttribute('normal');
    const step = Math.max(1, Math.floor(range.count / SAMPLES_PER_PART));
    for (let v = range.start; v < range.start + range.count; v += step) {
      vertex.fromBufferAttribute(position, v);
      if (!inView.containsPoint(vertex)) continue;
      ray.origin.copy(eye);
      ray.direction.subVectors(vertex, eye);
      const distance = ray.direction.length();
      if (distance < 1e-6) continue;
      ray.direction.divideScalar(distance);
      if (normals && normal.fromBufferAttribute(normals, v).dot(ray.direction) >= 0) continue;
      if (distance < nearestDistance) {
        nearestDistance = distance;
        nearest = [vertex.x, vertex.y, vertex.z];
      }
      const hit = pickPart(ray, batches, states);
      // Seen when the first surface on the way is its own, or nothing lies before the vertex.
      if (hit < 0 || own.has(hit) || lastPickDistance() > distance - EPSILON_M) {
        const list = seen.get(side) ?? [];
        list.push(vertex.x, vertex.y, vertex.z);
        seen.set(side, list);
      }
    }
  }
  let best: number[] | null = null;
  for (const list of seen.values()) if (!best || list.length > best.length) best = list;
  if (!best || best.length === 0) return nearest ? { point: nearest, visible: false } : null;
  // The visible sample nearest the middle of the visible ones.
  const n = best.length / 3;
  let mx = 0;
  let my = 0;
  let mz = 0;
  for (let i = 0; i < best.length; i += 3) {
    mx += best[i] ?? 0;
    my += best[i + 1] ?? 0;
    mz += best[i + 2] ?? 0;
  }
  mx /= n;
  my /= n;
  mz /= n;
  let pick = 0;
  let pickDistance = Infinity;
  for (let i = 0; i < best.length; i += 3) {
    const d = Math.hypot((best[i] ?? 0) - mx, (best[i + 1] ?? 0) - my, (best[i + 2] ?? 0) - mz);
    if (d < pickDistance) {
      pickDistance = d;
      pick = i;
    }
  }
  return { point: [best[pick] ?? 0, best[pick + 1] ?? 0, best[pick + 2] ?? 0], visible: true };
};
