import { describe, expect, it } from 'vitest';
import { computeNormals } from './compute-normals.js';
import { readVec3 } from './read-vec3.js';
import { createUvSphere } from './test-support/create-uv-sphere.js';
import { weldGeometry } from './weld-geometry.js';

describe('computeNormals', () => {
  it('should give unit normals pointing out of a closed surface', () => {
    const sphere = weldGeometry(createUvSphere(10, 32, 16));
    const normals = computeNormals(sphere.positions, sphere.indices);
    for (let v = 0; v < normals.length / 3; v++) {
      const n = readVec3(normals, v);
      const p = readVec3(sphere.positions, v);
      expect(Math.hypot(...n)).toBeCloseTo(1, 5);
      // The sphere's winding faces outwards or inwards consistently; either way normals are radial.
      const radial = Math.abs(n[0] * p[0] + n[1] * p[1] + n[2] * p[2]) / Math.hypot(...p);
      expect(radial).toBeGreaterThan(0.95);
    }
  });

  it('should never give a zero-length normal, even for vertices of degenerate triangles', () => {
    const positions = Float32Array.from([0, 0, 0, 1, 0, 0, 2, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    const indices = Uint32Array.from([0, 1, 2, 3, 4, 5]);
    const normals = computeNormals(positions, indices);
    for (let v = 0; v < normals.length / 3; v++) {
      const length = Math.hypot(...readVec3(normals, v));
      expect(Number.isFinite(length)).toBe(true);
      expect(length).toBeCloseTo(1, 5);
    }
  });
});
