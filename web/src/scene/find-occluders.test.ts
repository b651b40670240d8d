import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import type { BodyBatch } from './body-batch';
import { findOccluders } from './find-occluders';
import { PartFlags } from './part-flags';
import { PartStateTexture } from './part-state-texture';

/** A grid of `n`×`n` quads facing +z, centred at (x, y, z), `size` wide. */
const square = (x: number, y: number, z: number, size: number, n = 4) => {
  const positions: number[] = [];
  const indices: number[] = [];
  for (let j = 0; j <= n; j += 1)
    for (let i = 0; i <= n; i += 1)
      positions.push(x - size / 2 + (size * i) / n, y - size / 2 + (size * j) / n, z);
  for (let j = 0; j < n; j += 1)
    for (let i = 0; i < n; i += 1) {
      const a = j * (n + 1) + i;
      indices.push(a, a + 1, a + n + 2, a, a + n + 2, a + n + 1);
    }
  return { positions, indices };
};

/** One batch of squares, part i being squares[i]. */
const batchOf = (squares: ReturnType<typeof square>[]): BodyBatch => {
  const positions: number[] = [];
  const normals: number[] = [];
  const parts: number[] = [];
  const indices: number[] = [];
  squares.forEach((s, part) => {
    const offset = positions.length / 3;
    positions.push(...s.positions);
    for (let v = 0; v < s.positions.length / 3; v += 1) {
      normals.push(0, 0, 1);
      parts.push(part);
    }
    indices.push(...s.indices.map((i) => i + offset));
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  geometry.setAttribute('normal', new BufferAttribute(new Float32Array(normals), 3));
  geometry.setIndex(indices);
  const batch: BodyBatch = {
    kind: 'muscle',
    geometry,
    partOfVertex: new Uint16Array(parts),
    bvh: null,
  };
  batch.bvh = new MeshBVH(geometry);
  return batch;
};

const visibleStates = (count: number) => {
  const states = new PartStateTexture(count);
  for (let i = 0; i < count; i += 1) states.data[i * 4 + 3] = PartFlags.visible;
  return states;
};

const eye = new Vector3(0, 0, 5);

describe('findOccluders', () => {
  it('should name only the part in front of the target, not one beside it', () => {
    // 0: the target; 1: a larger square in front of it; 2: off to the side; 3: behind it.
    const batch = batchOf([
      square(0, 0, 0, 1),
      square(0, 0, 1, 1.6),
      square(3, 0, 1, 1),
      square(0, 0, -1, 2),
    ]);
    const result = findOccluders(eye, new Set([0]), [batch], visibleStates(4));
    expect(result.occluders).toEqual([1]);
    expect(result.covered).toEqual([0]);
    expect(result.blocked).toBe(result.rays);
  });

  it('should fade nothing when the target is in plain sight', () => {
    const batch = batchOf([square(0, 0, 0, 1), square(3, 0, 1, 1)]);
    const result = findOccluders(eye, new Set([0]), [batch], visibleStates(2));
    expect(result.rays).toBeGreaterThan(0);
    expect(result.occluders).toEqual([]);
    expect(result.covered).toEqual([]);
  });

  it('should leave a part that only grazes an edge, and ignore hidden parts', () => {
    // 1 covers one corner vertex of the target; 2 covers it all but is hidden.
    const batch = batchOf([square(0, 0, 0, 1), square(0.5, 0.5, 1, 0.1), square(0, 0, 2, 2)]);
    const states = visibleStates(3);
    states.data[2 * 4 + 3] = 0;
    const result = findOccluders(eye, new Set([0]), [batch], states);
    expect(result.occluders).toEqual([]);
  });

  it('should not count the far side of a target (facing away from the eye)', () => {
    const batch = batchOf([square(0, 0, 0, 1), square(0, 0, 1, 2)]);
    const behind = new Vector3(0, 0, -5);
    const result = findOccluders(behind, new Set([0]), [batch], visibleStates(2));
    expect(result.rays).toBe(0);
    expect(result.occluders).toEqual([]);
  });

  it('should ask more of a target that may be half hidden by nature', () => {
    // Half of the target's width is behind the occluder.
    const batch = batchOf([square(0, 0, 0, 1), square(-0.5, 0, 1, 1)]);
    const states = visibleStates(2);
    expect(findOccluders(eye, new Set([0]), [batch], states).occluders).toEqual([1]);
    const strict = findOccluders(eye, new Set([0]), [batch], states, { minCoveredOf: () => 0.8 });
    expect(strict.occluders).toEqual([]);
    expect(strict.blocked).toBeGreaterThan(0);
  });
});
