import type { SetCameraViewPayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';

/** `model:setCameraView`: a new camera goal; the rig animates to it. */
export const applySetCameraView = (scene: SceneData, payload: SetCameraViewPayload): SceneData => ({
  ...scene,
  camera: {
    seq: scene.camera.seq + 1,
    view: payload.view ?? null,
    focus: payload.focus
      ? {
          muscleIds: payload.focus.muscleIds ?? [],
          region: payload.focus.region ?? null,
          side: payload.focus.side,
        }
      : null,
    position: payload.position ?? null,
    target: payload.target ?? null,
    durationMs: payload.durationMs,
  },
});
