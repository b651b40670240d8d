import type { IsolatePayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';

/** `model:isolate`: only these muscles show; bones stay as context. */
export const applyIsolate = (scene: SceneData, payload: IsolatePayload): SceneData => ({
  ...scene,
  isolated: { muscleIds: [...payload.muscleIds], side: payload.side },
});
