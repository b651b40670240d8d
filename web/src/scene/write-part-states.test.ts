import { describe, expect, it } from 'vitest';
import { applyIsolate } from '../state/reducers/isolate';
import { applySelectMuscles } from '../state/reducers/select-muscles';
import { applySetLayerVisibility } from '../state/reducers/set-layer-visibility';
import { applySetMuscleVisibility } from '../state/reducers/set-muscle-visibility';
import { applySetXray } from '../state/reducers/set-xray';
import { initialSceneData } from '../state/initial-scene-data';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { PartFlags } from './part-flags';
import { packLinear } from './part-palette';
import { PartStateTexture } from './part-state-texture';
import { writePartStates } from './write-part-states';

const anatomy = anatomyFixture();
const index = (key: string) => anatomy.partIndexByKey.get(key) as number;
const flagsOf = (states: PartStateTexture, key: string) => states.flags(index(key));
const colorOf = (states: PartStateTexture, key: string) => {
  const o = index(key) * 4;
  return (
    ((states.data[o] ?? 0) << 16) | ((states.data[o + 1] ?? 0) << 8) | (states.data[o + 2] ?? 0)
  );
};

describe('writePartStates', () => {
  it('should show everything and select nothing at the start', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    writePartStates(initialSceneData, anatomy, states);
    for (let i = 0; i < anatomy.parts.length; i += 1)
      expect(states.flags(i)).toBe(PartFlags.visible);
    expect(states.texture.version).toBeGreaterThan(0);
  });

  it('should highlight the selected side in its colour, the default elsewhere, midline with either', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'left',
      mode: 'replace',
      color: '#ff0000',
    });
    scene = applySelectMuscles(scene, { muscleIds: ['diaphragm'], side: 'right', mode: 'add' });
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA1') & PartFlags.selected).toBeTruthy();
    expect(flagsOf(states, 'FMA2') & PartFlags.selected).toBeTruthy();
    expect(flagsOf(states, 'FMA3') & PartFlags.selected).toBe(0);
    expect(colorOf(states, 'FMA1')).toBe(packLinear('#ff0000'));
    expect(flagsOf(states, 'FMA7') & PartFlags.selected).toBeTruthy();
  });

  it('should highlight only the meshes of the selected parts, on the selected side', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    const scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'left',
      mode: 'replace',
      partIds: ['biceps-brachii/long-head'],
    });
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA1') & PartFlags.selected).toBeTruthy();
    for (const key of ['FMA2', 'FMA3', 'FMA4'])
      expect(flagsOf(states, key) & PartFlags.selected, key).toBe(0);
  });

  it('should highlight the whole muscle when the model draws none of the selected parts', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    const scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'replace',
      partIds: ['triceps-brachii/long-head'],
    });
    writePartStates(scene, anatomy, states);
    for (const key of ['FMA5', 'FMA6'])
      expect(flagsOf(states, key) & PartFlags.selected, key).toBeTruthy();
  });

  it('should expand a group id to its muscles', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    writePartStates(
      applySelectMuscles(initialSceneData, {
        muscleIds: ['elbow-flexors'],
        side: 'both',
        mode: 'replace',
      }),
      anatomy,
      states,
    );
    expect(flagsOf(states, 'FMA3') & PartFlags.selected).toBeTruthy();
    expect(flagsOf(states, 'FMA5') & PartFlags.selected).toBe(0);
  });

  it('should hide by muscle, by layer and by isolation (bones stay as context)', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    let scene = applySetMuscleVisibility(initialSceneData, {
      muscleIds: ['triceps-brachii'],
      visible: false,
      side: 'right',
    });
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA6') & PartFlags.visible).toBe(0);
    expect(flagsOf(states, 'FMA5') & PartFlags.visible).toBeTruthy();

    scene = applyIsolate(initialSceneData, { muscleIds: ['biceps-brachii'], side: 'both' });
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA1') & PartFlags.visible).toBeTruthy();
    expect(flagsOf(states, 'FMA5') & PartFlags.visible).toBe(0);
    expect(flagsOf(states, 'FMA8') & PartFlags.visible).toBeTruthy();
    expect(flagsOf(states, 'FMA10') & PartFlags.visible).toBe(0);

    scene = applySetLayerVisibility(initialSceneData, { layer: 'bones', visible: false });
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA8') & PartFlags.visible).toBe(0);
  });

  it('should make everything but the selection translucent under x-ray', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'both',
      mode: 'replace',
    });
    scene = applySetXray(scene, { enabled: true, opacity: 0.3 });
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA1') & PartFlags.translucent).toBe(0);
    expect(flagsOf(states, 'FMA5') & PartFlags.translucent).toBeTruthy();
    expect(flagsOf(states, 'FMA8') & PartFlags.translucent).toBeTruthy();
  });

  it('should keep the hover flag through rewrites and move it', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    writePartStates(initialSceneData, anatomy, states);
    expect(states.setHovered(index('FMA5'))).toBe(true);
    expect(states.setHovered(index('FMA5'))).toBe(false);
    writePartStates(initialSceneData, anatomy, states);
    expect(flagsOf(states, 'FMA5') & PartFlags.hovered).toBeTruthy();
    states.setHovered(-1);
    expect(flagsOf(states, 'FMA5') & PartFlags.hovered).toBe(0);
  });

  it('should fade the parts covering the selection, keep them faded through rewrites, never the selection', () => {
    const states = new PartStateTexture(anatomy.parts.length);
    const scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'both',
      mode: 'replace',
    });
    writePartStates(scene, anatomy, states);
    const fade = PartFlags.faded | PartFlags.translucent;
    expect(states.setFaded([index('FMA5'), index('FMA1')])).toBe(true);
    expect(flagsOf(states, 'FMA5') & fade).toBe(fade);
    expect(flagsOf(states, 'FMA1') & fade).toBe(0);
    expect(states.isPickable(index('FMA5'))).toBe(false);
    writePartStates(scene, anatomy, states);
    expect(flagsOf(states, 'FMA5') & fade).toBe(fade);
    expect(states.setFaded([])).toBe(true);
    expect(flagsOf(states, 'FMA5') & fade).toBe(0);
    expect(states.isPickable(index('FMA5'))).toBe(true);
    writePartStates(applySetXray(scene, { enabled: true, opacity: 0.3 }), anatomy, states);
    expect(states.setFaded([])).toBe(false);
  });
});
