import type { SetMuscleVisibilityPayload } from '#shared/protocol/index';
import type { SceneData, SideFlags } from '../scene-data';
import { sideFlags } from '../side-flags';
import { withoutKey } from '../without-key';

/** `model:setMuscleVisibility`: hide or show particular muscles, per side. */
export const applySetMuscleVisibility = (
  scene: SceneData,
  payload: SetMuscleVisibilityPayload,
): SceneData => {
  const flags = sideFlags(payload.side);
  let hidden: Record<string, SideFlags> = { ...scene.hidden };
  for (const id of payload.muscleIds) {
    const current = hidden[id] ?? { left: false, right: false };
    const next = payload.visible
      ? { left: current.left && !flags.left, right: current.right && !flags.right }
      : { left: current.left || flags.left, right: current.right || flags.right };
    if (next.left || next.right) hidden[id] = next;
    else hidden = withoutKey(hidden, id);
  }
  return { ...scene, hidden };
};
