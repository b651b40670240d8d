import { describe, expect, it } from 'vitest';
import { ModelEventType } from '#shared/protocol/index';
import { initialSceneData } from '../initial-scene-data';
import { applyAnnotate } from './annotate';
import { applyIsolate } from './isolate';
import { modelEventHandlers } from './model-event-handlers';
import { applyResetView } from './reset-view';
import { applySelectMuscles } from './select-muscles';
import { applySetLayerVisibility } from './set-layer-visibility';
import { applySetMuscleVisibility } from './set-muscle-visibility';
import { applyShowAll } from './show-all';

describe('modelEventHandlers', () => {
  it('should have a handler for every model event type', () => {
    expect(Object.keys(modelEventHandlers).sort()).toEqual([...ModelEventType.options].sort());
  });

  it('should hide and show muscles per side', () => {
    let scene = applySetMuscleVisibility(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      visible: false,
      side: 'both',
    });
    expect(scene.hidden['biceps-brachii']).toEqual({ left: true, right: true });
    scene = applySetMuscleVisibility(scene, {
      muscleIds: ['biceps-brachii'],
      visible: true,
      side: 'left',
    });
    expect(scene.hidden['biceps-brachii']).toEqual({ left: false, right: true });
    scene = applyShowAll(scene, {});
    expect(scene.hidden).toEqual({});
  });

  it('should show a hidden muscle again on the sides it is selected, and not when deselected', () => {
    let scene = applySetMuscleVisibility(initialSceneData, {
      muscleIds: ['biceps-brachii', 'triceps-brachii'],
      visible: false,
      side: 'both',
    });
    scene = applySelectMuscles(scene, { muscleIds: ['biceps-brachii'], side: 'left', mode: 'add' });
    expect(scene.hidden['biceps-brachii']).toEqual({ left: false, right: true });
    expect(scene.selection['biceps-brachii']).toMatchObject({ left: true, right: false });
    scene = applySelectMuscles(scene, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'remove',
    });
    expect(scene.hidden['triceps-brachii']).toEqual({ left: true, right: true });
    scene = applySelectMuscles(scene, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'replace',
    });
    expect(scene.hidden['triceps-brachii']).toBeUndefined();
  });

  it('should isolate, toggle layers, annotate and reset', () => {
    let scene = applyIsolate(initialSceneData, { muscleIds: ['biceps-brachii'], side: 'both' });
    scene = applySetLayerVisibility(scene, { layer: 'bones', visible: false });
    scene = applyAnnotate(scene, {
      annotationId: 'a1',
      muscleId: 'biceps-brachii',
      side: 'both',
      text: 'Two heads',
    });
    expect(scene.isolated?.muscleIds).toEqual(['biceps-brachii']);
    expect(scene.layers.bones).toBe(false);
    expect(scene.annotations.a1?.text).toBe('Two heads');
    expect(applySetLayerVisibility(scene, { layer: 'bones', visible: false })).toBe(scene);
    scene = applyAnnotate(scene, {
      annotationId: 'a1',
      muscleId: 'biceps-brachii',
      side: 'both',
      text: null,
    });
    expect(scene.annotations).toEqual({});
    const reset = applyResetView(scene, {});
    expect(reset).toMatchObject({
      isolated: null,
      selection: {},
      layers: { muscles: true, bones: true, other: true },
    });
    expect(reset.camera).toMatchObject({ view: 'anterior', seq: scene.camera.seq + 1 });
    expect(reset.delivery).toBe(scene.delivery);
  });
});
