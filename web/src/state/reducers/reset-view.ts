import type { ResetViewPayload } from '#shared/protocol/index';
import { initialSceneData } from '../initial-scene-data';
import type { SceneData } from '../scene-data';

/** `model:resetView`: nothing selected, everything shown, anterior view (animated). */
export const applyResetView = (scene: SceneData, _payload: ResetViewPayload): SceneData => ({
  ...initialSceneData,
  camera: { ...initialSceneData.camera, seq: scene.camera.seq + 1, durationMs: 900 },
  tour: null,
  delivery: scene.delivery,
});
