import type { SetXrayPayload } from '#shared/protocol/index';
import type { SceneData } from '../scene-data';

/** `model:setXray`: unselected structures turn translucent. */
export const applySetXray = (scene: SceneData, payload: SetXrayPayload): SceneData => ({
  ...scene,
  xray: { enabled: payload.enabled, opacity: payload.opacity },
});
