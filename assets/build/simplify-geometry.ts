import { MeshoptSimplifier } from 'meshoptimizer';
import type { PartGeometry } from './part-geometry.js';

export interface SimplifyGeometryOptions {
  /** Largest allowed deviation, in the units of the positions (absolute, not relative to size). */
  maxError: number;
  /** The result keeps at least this many triangles (or the whole mesh if it has fewer). */
  minTriangles: number;
}

export interface SimplifiedGeometry {
  readonly indices: Uint32Array;
  readonly triangles: number;
  /** Deviation the simplifier reports, in position units. */
  readonly error: number;
  /** How the triangle floor was met: not needed, by a larger target count, or by keeping the mesh. */
  readonly floor: 'not-needed' | 'raised-target' | 'kept-whole';
}

/**
 * Simplifies welded geometry with meshoptimizer to an absolute error bound (`ErrorAbsolute`), so
 * every part loses detail at the same scale whatever its size. Vertices are not compacted here;
 * the caller drops unused ones. `MeshoptSimplifier.ready` must have resolved.
 */
export function simplifyGeometry(
  geometry: PartGeometry,
  { maxError, minTriangles }: SimplifyGeometryOptions,
): SimplifiedGeometry {
  const sourceTriangles = geometry.indices.length / 3;
  if (sourceTriangles <= minTriangles) {
    return { indices: geometry.indices, triangles: sourceTriangles, error: 0, floor: 'kept-whole' };
  }
  const [indices, error] = MeshoptSimplifier.simplify(
    geometry.indices,
    geometry.positions,
    3,
    minTriangles * 3,
    maxError,
    ['ErrorAbsolute'],
  );
  if (indices.length / 3 >= minTriangles) {
    return {
      indices,
      triangles: indices.length / 3,
      error,
      floor: indices.length / 3 > minTriangles ? 'not-needed' : 'raised-target',
    };
  }
  // Edge collapses remove two triangles at a time and can step just below the target; retry with
  // headroom, and keep the mesh whole if even that lands short.
  const [retry, retryError] = MeshoptSimplifier.simplify(
    geometry.indices,
    geometry.positions,
    3,
    Math.min(sourceTriangles, minTriangles + 16) * 3,
    maxError,
    ['ErrorAbsolute'],
  );
  if (retry.length / 3 >= minTriangles) {
    return {
      indices: retry,
      triangles: retry.length / 3,
      error: retryError,
      floor: 'raised-target',
    };
  }
  return { indices: geometry.indices, triangles: sourceTriangles, error: 0, floor: 'kept-whole' };
}
