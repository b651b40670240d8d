import { MeshoptSimplifier } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { simplifyGeometry } from './simplify-geometry.js';
import { createUvSphere } from './test-support/create-uv-sphere.js';
import { weldGeometry } from './weld-geometry.js';

beforeAll(async () => {
  await MeshoptSimplifier.ready;
});

describe('simplifyGeometry', () => {
  const sphere = weldGeometry(createUvSphere(50, 96, 48));
  const source = sphere.indices.length / 3;

  it('should stay within an absolute error bound, whatever the size of the mesh', () => {
    const result = simplifyGeometry(sphere, { maxError: 0.5, minTriangles: 90 });
    expect(result.triangles).toBeLessThan(source);
    expect(result.error).toBeLessThanOrEqual(0.5);
    expect(result.floor).toBe('not-needed');
  });

  it('should remove more with a larger error bound', () => {
    const fine = simplifyGeometry(sphere, { maxError: 0.2, minTriangles: 90 });
    const coarse = simplifyGeometry(sphere, { maxError: 2, minTriangles: 90 });
    expect(coarse.triangles).toBeLessThan(fine.triangles);
  });

  it('should treat the bound as absolute: a larger copy of the mesh keeps more triangles', () => {
    const large = weldGeometry(createUvSphere(500, 96, 48));
    const small = simplifyGeometry(sphere, { maxError: 1, minTriangles: 90 });
    const big = simplifyGeometry(large, { maxError: 1, minTriangles: 90 });
    expect(big.triangles).toBeGreaterThan(small.triangles);
  });

  it('should keep at least the minimum number of triangles when the bound would leave fewer', () => {
    const result = simplifyGeometry(sphere, { maxError: 1000, minTriangles: 90 });
    expect(result.triangles).toBeGreaterThanOrEqual(90);
    expect(result.floor).not.toBe('not-needed');
  });

  it('should keep a mesh whole when it has no more than the minimum', () => {
    const tiny = weldGeometry(createUvSphere(10, 8, 6));
    const result = simplifyGeometry(tiny, {
      maxError: 5,
      minTriangles: tiny.indices.length / 3 + 1,
    });
    expect(result.floor).toBe('kept-whole');
    expect(result.indices).toEqual(tiny.indices);
  });
});
