import { describe, expect, it } from 'vitest';
import { readVec3 } from './read-vec3.js';
import { createUvSphere } from './test-support/create-uv-sphere.js';
import { weldGeometry } from './weld-geometry.js';

describe('weldGeometry', () => {
  it('should merge coincident vertices and keep every triangle', () => {
    const source = createUvSphere(10, 16, 8);
    const welded = weldGeometry(source);
    expect(welded.positions.length).toBeLessThan(source.positions.length);
    expect(welded.indices.length).toBe(source.indices.length);
    const corner = (g: typeof source, t: number, k: number) =>
      readVec3(g.positions, g.indices[t * 3 + k] ?? -1);
    for (let t = 0; t < source.indices.length / 3; t += 7) {
      for (let k = 0; k < 3; k++) expect(corner(welded, t, k)).toEqual(corner(source, t, k));
    }
  });
});
