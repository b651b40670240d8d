import type { ClearSelectionPayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';

/** `model:clearSelection`: nothing highlighted afterwards. */
export const applyClearSelection = (
  scene: SceneData,
  _payload: ClearSelectionPayload,
): SceneData => (Object.keys(scene.selection).length === 0 ? scene : { ...scene, selection: {} });
