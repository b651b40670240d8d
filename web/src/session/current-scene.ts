import type { SceneState } from '#shared/protocol/index';
import { sceneStateOf } from '../state/scene-state-of';
import type { ViewerStore } from '../state/viewer-store';

/** The scene the student sees now, as a request sends it to the model. */
export const currentScene = (store: ViewerStore): SceneState =>
  sceneStateOf(store.getState().scene, store.getState().cameraView);
