import { BufferAttribute, BufferGeometry, Group, Mesh, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { mergeBodyParts } from './merge-body-parts';
import { PartStateTexture } from './part-state-texture';
import { pickPart } from './pick-part';
import { writePartStates } from './write-part-states';
import { initialSceneData } from '../state/initial-scene-data';
import { applySetMuscleVisibility } from '../state/reducers/set-muscle-visibility';

const anatomy = anatomyFixture();

/** A quad facing +Z at depth z, quantized like the asset build does (int16, normalized). */
const quad = (fma: string, z: number) => {
  const s = 32767;
  const geometry = new BufferGeometry();
  const positions = new Int16Array([
    -s,
    -s,
    Math.round(z * s),
    s,
    -s,
    Math.round(z * s),
    s,
    s,
    Math.round(z * s),
    -s,
    s,
    Math.round(z * s),
  ]);
  geometry.setAttribute('position', new BufferAttribute(positions, 3, true));
  geometry.setAttribute(
    'normal',
    new BufferAttribute(new Int8Array([0, 0, 127, 0, 0, 127, 0, 0, 127, 0, 0, 127]), 3, true),
  );
  geometry.setIndex([0, 1, 2, 0, 2, 3]);
  const mesh = new Mesh(geometry);
  mesh.name = `FMA${fma}`;
  mesh.userData = { fma, structureId: null, kind: 'muscle', side: 'left' };
  return mesh;
};

const body = () => {
  const root = new Group();
  root.name = 'body';
  // The dequantization transform: ±1 in the data is ±0.5 m, centred at y = 1.
  root.scale.setScalar(0.5);
  root.position.set(0, 1, 0);
  root.add(quad('1', 0.2), quad('5', -0.2), quad('8', 0), quad('999', 0));
  return root;
};

describe('mergeBodyParts', () => {
  it('should merge parts by kind in metres with a part index per vertex', () => {
    const { batches, skipped } = mergeBodyParts(body(), anatomy);
    expect(skipped).toEqual(['FMA999']);
    expect(batches.map((b) => b.kind)).toEqual(['muscle', 'bone']);
    const muscles = batches[0];
    if (!muscles?.geometry.boundingBox) throw new Error('no muscle batch');
    expect(muscles.geometry.getAttribute('position').count).toBe(8);
    expect(muscles.geometry.index?.count).toBe(12);
    expect([...muscles.partOfVertex]).toEqual([
      ...Array(4).fill(anatomy.partIndexByKey.get('FMA1')),
      ...Array(4).fill(anatomy.partIndexByKey.get('FMA5')),
    ]);
    const box = muscles.geometry.boundingBox;
    expect(box.min.x).toBeCloseTo(-0.5, 3);
    expect(box.max.y).toBeCloseTo(1.5, 3);
    expect(box.max.z).toBeCloseTo(0.1, 3);
    expect(muscles.geometry.getAttribute('normal').getZ(0)).toBeCloseTo(1, 3);
  });
});

describe('pickPart', () => {
  it('should find the nearest visible part along a ray, skipping hidden ones', () => {
    const { batches } = mergeBodyParts(body(), anatomy);
    for (const batch of batches) batch.bvh = new MeshBVH(batch.geometry);
    const states = new PartStateTexture(anatomy.parts.length);
    writePartStates(initialSceneData, anatomy, states);
    const ray = new Ray(new Vector3(0, 1, 2), new Vector3(0, 0, -1));
    expect(pickPart(ray, batches, states)).toBe(anatomy.partIndexByKey.get('FMA1'));
    writePartStates(
      applySetMuscleVisibility(initialSceneData, {
        muscleIds: ['biceps-brachii'],
        visible: false,
        side: 'both',
      }),
      anatomy,
      states,
    );
    expect(pickPart(ray, batches, states)).toBe(anatomy.partIndexByKey.get('FMA8'));
    expect(pickPart(new Ray(new Vector3(0, 3, 2), new Vector3(0, 0, -1)), batches, states)).toBe(
      -1,
    );
  });
});
