import type { PartGeometry } from '../part-geometry.js';

/**
 * A UV sphere as unwelded-at-the-seam indexed triangles: the first and last column of vertices
 * coincide, as in files that split vertices at creases.
 */
export function createUvSphere(
  radius: number,
  segments: number,
  rings: number,
  centre: readonly [number, number, number] = [0, 0, 0],
): PartGeometry {
  const positions: number[] = [];
  for (let r = 0; r <= rings; r++) {
    const theta = (r / rings) * Math.PI;
    for (let s = 0; s <= segments; s++) {
      const phi = (s / segments) * Math.PI * 2;
      positions.push(
        centre[0] + radius * Math.sin(theta) * Math.cos(phi),
        centre[1] + radius * Math.cos(theta),
        centre[2] + radius * Math.sin(theta) * Math.sin(phi),
      );
    }
  }
  const indices: number[] = [];
  const row = segments + 1;
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * row + s;
      const b = a + row;
      if (r > 0) indices.push(a, b, a + 1);
      if (r < rings - 1) indices.push(a + 1, b, b + 1);
    }
  }
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}
