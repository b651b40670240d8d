import type { SceneData } from '../scene-data';
import { applySelectMuscles } from './select-muscles';
import { applySetCameraView } from './set-camera-view';

/** Moves the tour to step `index` (clamped) and applies that step's selection and camera. */
export const enterTourStep = (scene: SceneData, index: number): SceneData => {
  const tour = scene.tour;
  if (!tour) return scene;
  const clamped = Math.max(0, Math.min(tour.steps.length - 1, index));
  const step = tour.steps[clamped];
  if (!step) return scene;
  let next: SceneData = { ...scene, tour: { ...tour, index: clamped } };
  if (step.select) {
    next = applySelectMuscles(next, {
      muscleIds: step.select.muscleIds,
      side: step.select.side,
      mode: 'replace',
    });
  }
  if (step.camera) next = applySetCameraView(next, step.camera);
  return next;
};
