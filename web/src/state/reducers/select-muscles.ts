import type { SelectMusclesPayload } from '../../../../shared/protocol/index';
import type { SceneData, SelectionEntry } from '../scene-data';
import { sideFlags } from '../side-flags';
import { withoutKey } from '../without-key';

/** `model:selectMuscles`: replace, add to or remove from the selection. */
export const applySelectMuscles = (scene: SceneData, payload: SelectMusclesPayload): SceneData => {
  const flags = sideFlags(payload.side);
  const color = payload.color ?? null;
  if (payload.mode === 'replace') {
    const selection: Record<string, SelectionEntry> = {};
    for (const id of payload.muscleIds) selection[id] = { ...flags, color };
    return { ...scene, selection, inspected: payload.muscleIds[0] ?? scene.inspected };
  }
  let selection: Record<string, SelectionEntry> = { ...scene.selection };
  for (const id of payload.muscleIds) {
    const current = selection[id];
    if (payload.mode === 'add') {
      selection[id] = {
        left: flags.left || (current?.left ?? false),
        right: flags.right || (current?.right ?? false),
        color: color ?? current?.color ?? null,
      };
    } else if (current) {
      const left = current.left && !flags.left;
      const right = current.right && !flags.right;
      if (left || right) selection[id] = { ...current, left, right };
      else selection = withoutKey(selection, id);
    }
  }
  if (payload.mode === 'add')
    return { ...scene, selection, inspected: payload.muscleIds[0] ?? scene.inspected };
  // Removing the inspected structure moves the info card to what is still selected.
  const removedInspected =
    scene.inspected !== null &&
    scene.selection[scene.inspected] !== undefined &&
    selection[scene.inspected] === undefined;
  return {
    ...scene,
    selection,
    inspected: removedInspected ? (Object.keys(selection)[0] ?? null) : scene.inspected,
  };
};
