import type { PartGeometry } from './part-geometry.js';
import { readVec3 } from './read-vec3.js';

/**
 * Area-weighted centroid of a triangle surface, so dense tessellation in one region does not pull
 * it. Falls back to the mean vertex when every triangle is degenerate.
 */
export function computeCentroid({ positions, indices }: PartGeometry): [number, number, number] {
  const sum: [number, number, number] = [0, 0, 0];
  let total = 0;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = readVec3(positions, indices[t] ?? 0);
    const b = readVec3(positions, indices[t + 1] ?? 0);
    const c = readVec3(positions, indices[t + 2] ?? 0);
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
    const ac = [c[0] - a[0], c[1] - a[1], c[2] - a[2]] as const;
    const area =
      Math.hypot(
        ab[1] * ac[2] - ab[2] * ac[1],
        ab[2] * ac[0] - ab[0] * ac[2],
        ab[0] * ac[1] - ab[1] * ac[0],
      ) / 2;
    for (let axis = 0; axis < 3; axis++) {
      sum[axis] =
        (sum[axis] ?? 0) + (area * ((a[axis] ?? 0) + (b[axis] ?? 0) + (c[axis] ?? 0))) / 3;
    }
    total += area;
  }
  if (total > 0) return [sum[0] / total, sum[1] / total, sum[2] / total];
  const count = Math.max(1, positions.length / 3);
  const mean: [number, number, number] = [0, 0, 0];
  for (let v = 0; v < positions.length / 3; v++) {
    const p = readVec3(positions, v);
    mean[0] += p[0] / count;
    mean[1] += p[1] / count;
    mean[2] += p[2] / count;
  }
  return mean;
}
