import type { TourPayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';
import { enterTourStep } from './enter-tour-step';

/** `model:tour`: starts playing the tour at its first step. */
export const applyTour = (scene: SceneData, payload: TourPayload): SceneData =>
  enterTourStep(
    {
      ...scene,
      tour: { title: payload.title, steps: payload.steps, index: 0, playing: true },
    },
    0,
  );
