import type { ModelEvent, ModelEventType } from '#shared/protocol/index';
import { keepScene } from '../../quiz/keep-scene';
import type { SceneData } from '../scene-data';
import { applyAnnotate } from './annotate';
import { applyClearSelection } from './clear-selection';
import { applyIsolate } from './isolate';
import { applyResetView } from './reset-view';
import { applySelectMuscles } from './select-muscles';
import { applySetCameraView } from './set-camera-view';
import { applySetLayerVisibility } from './set-layer-visibility';
import { applySetMuscleVisibility } from './set-muscle-visibility';
import { applySetXray } from './set-xray';
import { applyShowAll } from './show-all';
import { applyTour } from './tour';

/** A pure handler for one model event type: the scene before → the scene after. */
export type ModelEventHandler<T extends ModelEventType = ModelEventType> = (
  scene: SceneData,
  payload: Extract<ModelEvent, { type: T }>['payload'],
) => SceneData;

/** One handler per model event type; a new event type fails typecheck until it is handled here. */
export const modelEventHandlers = {
  'model:selectMuscles': applySelectMuscles,
  'model:clearSelection': applyClearSelection,
  'model:setCameraView': applySetCameraView,
  'model:isolate': applyIsolate,
  'model:showAll': applyShowAll,
  'model:setMuscleVisibility': applySetMuscleVisibility,
  'model:setLayerVisibility': applySetLayerVisibility,
  'model:setXray': applySetXray,
  'model:annotate': applyAnnotate,
  'model:resetView': applyResetView,
  'model:tour': applyTour,
  'model:quizQuestion': keepScene,
  'model:quizFeedback': keepScene,
  'model:quizEnd': keepScene,
} as const satisfies { [K in ModelEventType]: ModelEventHandler<K> } & Record<
  ModelEvent['type'],
  ModelEventHandler<never>
>;
