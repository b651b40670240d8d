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
});
