import type { SelectMusclesPayload } from '#shared/protocol/index';
import type { SceneData, SelectionEntry } from '../scene-data';
import { sideFlags } from '../side-flags';
import { withoutKey } from '../without-key';
import { partsByMuscle } from './parts-by-muscle';
import { applySetMuscleVisibility } from './set-muscle-visibility';

/** Parts after adding `added` to `current`; a muscle already selected whole stays whole. */
const addParts = (
  current: SelectionEntry | undefined,
  added: readonly string[] | undefined,
): readonly string[] | undefined => {
  if (added === undefined) return undefined;
  if (current === undefined) return added;
  if (current.parts === undefined) return undefined;
  return [...new Set([...current.parts, ...added])];
};

/** The selection after `payload`, whole muscles or parts. */
const selectMuscles = (scene: SceneData, payload: SelectMusclesPayload): SceneData => {
  const flags = sideFlags(payload.side);
  const color = payload.color ?? null;
  const parts = partsByMuscle(payload.partIds);
  if (payload.mode === 'replace') {
    const selection: Record<string, SelectionEntry> = {};
    for (const id of payload.muscleIds) {
      const own = parts.get(id);
      selection[id] = own === undefined ? { ...flags, color } : { ...flags, color, parts: own };
    }
    return { ...scene, selection, inspected: payload.muscleIds[0] ?? scene.inspected };
  }
  let selection: Record<string, SelectionEntry> = { ...scene.selection };
  for (const id of payload.muscleIds) {
    const current = selection[id];
    const own = parts.get(id);
    if (payload.mode === 'add') {
      const merged = addParts(current, own);
      selection[id] = {
        left: flags.left || (current?.left ?? false),
        right: flags.right || (current?.right ?? false),
        color: color ?? current?.color ?? null,
        ...(merged !== undefined ? { parts: merged } : {}),
      };
    } else if (current && own !== undefined && current.parts !== undefined) {
      // Removing some parts keeps the others; the last part gone takes the muscle with it.
      const rest = current.parts.filter((part) => !own.includes(part));
      if (rest.length > 0) selection[id] = { ...current, parts: rest };
      else selection = withoutKey(selection, id);
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

/**
 * `model:selectMuscles`: replace, add to or remove from the selection (whole muscles or parts).
 * A muscle selected while hidden is shown again on the selected sides: "show me the hamstrings"
 * after hiding them must put them on screen, not highlight something no one can see.
 */
export const applySelectMuscles = (scene: SceneData, payload: SelectMusclesPayload): SceneData =>
  payload.mode !== 'remove' && payload.muscleIds.some((id) => scene.hidden[id] !== undefined)
    ? selectMuscles(
        applySetMuscleVisibility(scene, {
          muscleIds: payload.muscleIds,
          side: payload.side,
          visible: true,
        }),
        payload,
      )
    : selectMuscles(scene, payload);
