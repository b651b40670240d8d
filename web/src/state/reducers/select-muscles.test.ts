import { describe, expect, it } from 'vitest';
import { initialSceneData } from '../initial-scene-data';
import { applySelectMuscles } from './select-muscles';

describe('applySelectMuscles', () => {
  it('should replace the selection and inspect the first muscle', () => {
    const scene = applySelectMuscles(
      { ...initialSceneData, selection: { deltoid: { left: true, right: true, color: null } } },
      { muscleIds: ['biceps-brachii', 'triceps-brachii'], side: 'both', mode: 'replace' },
    );
    expect(scene.selection).toEqual({
      'biceps-brachii': { left: true, right: true, color: null },
      'triceps-brachii': { left: true, right: true, color: null },
    });
    expect(scene.inspected).toBe('biceps-brachii');
  });

  it('should merge sides and keep colours when adding', () => {
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii'],
      side: 'left',
      mode: 'replace',
      color: '#ff0000',
    });
    scene = applySelectMuscles(scene, {
      muscleIds: ['biceps-brachii'],
      side: 'right',
      mode: 'add',
    });
    expect(scene.selection['biceps-brachii']).toEqual({
      left: true,
      right: true,
      color: '#ff0000',
    });
  });

  it('should remove one side, then the entry, and move the info card on', () => {
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['biceps-brachii', 'deltoid'],
      side: 'both',
      mode: 'replace',
    });
    scene = applySelectMuscles(scene, {
      muscleIds: ['biceps-brachii'],
      side: 'left',
      mode: 'remove',
    });
    expect(scene.selection['biceps-brachii']).toEqual({ left: false, right: true, color: null });
    scene = applySelectMuscles(scene, {
      muscleIds: ['biceps-brachii'],
      side: 'right',
      mode: 'remove',
    });
    expect(Object.keys(scene.selection)).toEqual(['deltoid']);
    expect(scene.inspected).toBe('deltoid');
  });

  it('should keep the selected parts of a muscle, and forget them when it is selected whole', () => {
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['trapezius'],
      side: 'left',
      mode: 'replace',
      partIds: ['trapezius/descending'],
    });
    expect(scene.selection).toEqual({
      trapezius: { left: true, right: false, color: null, parts: ['descending'] },
    });
    expect(scene.inspected).toBe('trapezius');
    scene = applySelectMuscles(scene, { muscleIds: ['trapezius'], side: 'both', mode: 'replace' });
    expect(scene.selection.trapezius).toEqual({ left: true, right: true, color: null });
  });

  it('should add parts to parts, and leave a muscle selected whole as it is', () => {
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['deltoid'],
      side: 'both',
      mode: 'replace',
      partIds: ['deltoid/clavicular'],
    });
    scene = applySelectMuscles(scene, {
      muscleIds: ['deltoid', 'biceps-brachii'],
      side: 'both',
      mode: 'add',
      partIds: ['deltoid/spinal'],
    });
    expect(scene.selection.deltoid?.parts).toEqual(['clavicular', 'spinal']);
    expect(scene.selection['biceps-brachii']?.parts).toBeUndefined();
    scene = applySelectMuscles(scene, {
      muscleIds: ['biceps-brachii'],
      side: 'both',
      mode: 'add',
      partIds: ['biceps-brachii/long-head'],
    });
    expect(scene.selection['biceps-brachii']?.parts).toBeUndefined();
  });

  it('should remove parts one by one, the muscle going with the last', () => {
    let scene = applySelectMuscles(initialSceneData, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'replace',
      partIds: ['triceps-brachii/long-head', 'triceps-brachii/lateral-head'],
    });
    scene = applySelectMuscles(scene, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'remove',
      partIds: ['triceps-brachii/long-head'],
    });
    expect(scene.selection['triceps-brachii']?.parts).toEqual(['lateral-head']);
    scene = applySelectMuscles(scene, {
      muscleIds: ['triceps-brachii'],
      side: 'both',
      mode: 'remove',
      partIds: ['triceps-brachii/lateral-head'],
    });
    expect(scene.selection).toEqual({});
  });
});
