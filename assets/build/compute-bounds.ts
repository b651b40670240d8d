import { readVec3 } from './read-vec3.js';

/** Axis-aligned bounds as plain tuples (units follow the positions they came from). */
export interface Box3 {
  min: [number, number, number];
  max: [number, number, number];
}

/** Bounds of packed xyz positions; an empty array gives an inverted (empty) box. */
export function computeBounds(positions: Float32Array): Box3 {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let v = 0; v < positions.length / 3; v++) {
    const p = readVec3(positions, v);
    for (const axis of [0, 1, 2] as const) {
      if (p[axis] < min[axis]) min[axis] = p[axis];
      if (p[axis] > max[axis]) max[axis] = p[axis];
    }
  }
  return { min, max };
}
