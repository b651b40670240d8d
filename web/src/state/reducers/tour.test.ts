import { describe, expect, it } from 'vitest';
import { initialSceneData } from '../initial-scene-data';
import { enterTourStep } from './enter-tour-step';
import { applyTour } from './tour';

const payload = {
  title: 'Arm',
  steps: [
    {
      caption: 'One',
      select: { muscleIds: ['biceps-brachii'], side: 'both' as const },
      camera: { view: 'anterior' as const, durationMs: 900 },
      durationMs: 4000,
    },
    {
      caption: 'Two',
      select: { muscleIds: ['triceps-brachii'], side: 'left' as const },
      camera: { view: 'posterior' as const, durationMs: 900 },
      durationMs: 4000,
    },
  ],
};

describe('applyTour', () => {
  it('should start playing at the first step with its selection and camera', () => {
    const scene = applyTour(initialSceneData, payload);
    expect(scene.tour).toMatchObject({ title: 'Arm', index: 0, playing: true });
    expect(Object.keys(scene.selection)).toEqual(['biceps-brachii']);
    expect(scene.camera).toMatchObject({ seq: 1, view: 'anterior' });
  });
});

describe('enterTourStep', () => {
  it('should apply the step and clamp the index', () => {
    const started = applyTour(initialSceneData, payload);
    const second = enterTourStep(started, 1);
    expect(second.tour?.index).toBe(1);
    expect(second.selection).toEqual({
      'triceps-brachii': { left: true, right: false, color: null },
    });
    expect(second.camera).toMatchObject({ seq: 2, view: 'posterior' });
    expect(enterTourStep(second, 9).tour?.index).toBe(1);
    expect(enterTourStep(initialSceneData, 1)).toBe(initialSceneData);
  });
});
