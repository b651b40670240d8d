import type { ShowAllPayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';

/** `model:showAll`: undo isolation and per-muscle hiding; layers stay as they are. */
export const applyShowAll = (scene: SceneData, _payload: ShowAllPayload): SceneData =>
  scene.isolated === null && Object.keys(scene.hidden).length === 0
    ? scene
    : { ...scene, isolated: null, hidden: {} };
