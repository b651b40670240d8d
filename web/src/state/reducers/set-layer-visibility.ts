import type { SetLayerVisibilityPayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';

/** `model:setLayerVisibility`: show or hide a whole layer. */
export const applySetLayerVisibility = (
  scene: SceneData,
  payload: SetLayerVisibilityPayload,
): SceneData =>
  scene.layers[payload.layer] === payload.visible
    ? scene
    : { ...scene, layers: { ...scene.layers, [payload.layer]: payload.visible } };
