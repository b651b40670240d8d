import { describe, expect, it } from 'vitest';
import { initialSceneData } from '../state/initial-scene-data';
import { applyIsolate } from '../state/reducers/isolate';
import { applySelectMuscles } from '../state/reducers/select-muscles';
import { applySetXray } from '../state/reducers/set-xray';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { decodeShareLink, encodeShareLink } from './share-link-codec';

const anatomy = anatomyFixture();
const pose = { position: [0.1, 1.2, 3.4567] as const, target: [0, 1, 0] as const };

const encodeJson = (value: unknown) =>
  `#view=${btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;

describe('share links', () => {
  it('should carry selection with sides and colours, isolation, layers, x-ray, camera and card', () => {
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'left',
      mode: 'replace',
      color: '#ff0000',
    });
    scene = applySelectMuscles(scene, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'add',
    });
    scene = applyIsolate(scene, { muscleIds: ['biceps-brachii'], side: 'left' });
    scene = applySetXray(scene, { enabled: true, opacity: 0.4 });
    scene = { ...scene, inspected: 'triceps-brachii', layers: { ...scene.layers, bones: false } };
    const hash = encodeShareLink(scene, { position: [...pose.position], target: [...pose.target] });
    expect(hash).toMatch(/^#view=[A-Za-z0-9_-]+$/);
    const decoded = decodeShareLink(hash, anatomy, 7);
    if (decoded.kind !== 'scene') throw new Error(`not decoded: ${JSON.stringify(decoded)}`);
    expect(decoded.scene.selection).toEqual(scene.selection);
    expect(Object.keys(decoded.scene.selection)).toEqual(['biceps-brachii', 'triceps-brachii']);
    expect(decoded.scene.isolated).toEqual(scene.isolated);
    expect(decoded.scene.layers).toEqual(scene.layers);
    expect(decoded.scene.xray).toEqual(scene.xray);
    expect(decoded.scene.inspected).toBe('triceps-brachii');
    expect(decoded.scene.camera).toMatchObject({
      seq: 8,
      position: [0.1, 1.2, 3.457],
      target: [0, 1, 0],
    });
  });

  it('should carry the selected parts of a muscle, and read links made before parts', () => {
    const scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'right',
      mode: 'replace',
      partIds: ['biceps-brachii/long-head'],
    });
    const decoded = decodeShareLink(encodeShareLink(scene, null), anatomy, 0);
    if (decoded.kind !== 'scene') throw new Error(`not decoded: ${JSON.stringify(decoded)}`);
    expect(decoded.scene.selection['biceps-brachii']).toEqual({
      left: false,
      right: true,
      color: null,
      parts: ['long-head'],
    });
    const old = decodeShareLink(
      encodeJson({
        v: 1,
        sel: [{ id: 'biceps-brachii', side: 'both', color: null }],
        layers: { muscles: true, bones: true, other: true },
        xray: { on: false, opacity: 0.3 },
      }),
      anatomy,
      0,
    );
    if (old.kind !== 'scene') throw new Error(`not decoded: ${JSON.stringify(old)}`);
    expect(old.scene.selection['biceps-brachii']).toEqual({ left: true, right: true, color: null });
  });

  it('should leave an address without a view alone', () => {
    expect(decodeShareLink('', anatomy, 0)).toEqual({ kind: 'none' });
    expect(decodeShareLink('#thread', anatomy, 0)).toEqual({ kind: 'none' });
  });

  it('should refuse damaged, other-version and stale links with a reason', () => {
    const base = {
      v: 1,
      layers: { muscles: true, bones: true, other: true },
      xray: { on: false, opacity: 0.3 },
    };
    expect(decodeShareLink('#view=%%%', anatomy, 0)).toMatchObject({ kind: 'invalid' });
    expect(decodeShareLink(encodeJson({ ...base, v: 99 }), anatomy, 0)).toEqual({
      kind: 'invalid',
      reason: 'it was made by another version of the app',
    });
    expect(decodeShareLink(encodeJson({ ...base, extra: 1 }), anatomy, 0)).toMatchObject({
      kind: 'invalid',
      reason: 'it is damaged',
    });
    expect(
      decodeShareLink(
        encodeJson({ ...base, sel: [{ id: 'no-such-muscle', side: 'both' }] }),
        anatomy,
        0,
      ),
    ).toEqual({ kind: 'invalid', reason: 'this model has no no-such-muscle' });
  });
});
