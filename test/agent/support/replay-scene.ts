import type { Side } from '#shared/protocol/ids';
import type { NamedView } from '#shared/protocol/named-view';
import { SceneState } from '#shared/protocol/scene-state';
import type { PlannedToolCall } from '../../../server/src/agent/tools/create-tools.js';

/** The scene as a student sees it after a conversation, plus where the camera last looked. */
export interface ReplayedScene {
  scene: SceneState;
  /** What the last camera move framed: a region, muscles, or the whole body. */
  focus: { region?: string; muscleIds?: string[] } | null;
  hidden: Set<string>;
  tour: boolean;
  /** Selected parts (`<muscleId>/<part>`) of muscles selected in parts only. */
  parts: string[];
}

export const emptyScene = (): ReplayedScene => ({
  scene: SceneState.parse({}),
  focus: null,
  hidden: new Set(),
  tour: false,
  parts: [],
});

const sideKey = (muscleId: string, side: Side) => `${muscleId}:${side}`;

/** Selection as `id:left|right|both`, a muscle selected on left and right counting as both. */
export function selectionKeys(scene: SceneState): string[] {
  const sides = new Map<string, Set<Side>>();
  for (const { muscleId, side } of scene.selection) {
    const set = sides.get(muscleId) ?? new Set<Side>();
    sides.set(muscleId, set);
    if (side === 'both') set.add('left').add('right');
    else set.add(side);
  }
  return [...sides.entries()]
    .map(([id, set]) => sideKey(id, set.size === 2 ? 'both' : ([...set][0] ?? 'both')))
    .sort();
}

/** Applies the guide's planned tool calls the way the viewer applies their model events. */
export function applyCalls(state: ReplayedScene, calls: readonly PlannedToolCall[]): ReplayedScene {
  const scene = structuredClone(state.scene);
  let { focus, tour } = state;
  const hidden = new Set(state.hidden);
  let parts = [...state.parts];
  for (const call of calls) {
    switch (call.toolName) {
      case 'selectMuscles': {
        const side = call.input.side ?? 'both';
        const ids = call.input.muscleIds;
        const mode = call.input.mode ?? 'replace';
        // A muscle named without parts is meant whole: its earlier parts go.
        const partIds = call.input.partIds ?? [];
        // The viewer reports a muscle selected in parts with those parts, as the scene it sends.
        const entries = ids.map((muscleId) => {
          const slugs = partIds
            .filter((id) => id.startsWith(`${muscleId}/`))
            .map((id) => id.slice(muscleId.length + 1));
          return { muscleId, side, ...(slugs.length > 0 ? { parts: slugs } : {}) };
        });
        const ofCall = (id: string) => ids.some((m) => id.startsWith(`${m}/`));
        if (mode === 'replace') parts = [...partIds];
        else if (mode === 'add') parts = [...parts.filter((id) => !ofCall(id)), ...partIds];
        else parts = parts.filter((id) => !ofCall(id));
        // The viewer shows a hidden muscle again when it is selected.
        if (mode !== 'remove') for (const id of ids) hidden.delete(id);
        if (mode === 'replace') scene.selection = entries;
        else if (mode === 'add') scene.selection = [...scene.selection, ...entries];
        else
          scene.selection = scene.selection.flatMap((s) => {
            if (!ids.includes(s.muscleId)) return [s];
            if (side === 'both' || s.side === side) return [];
            // Removing one side of a muscle selected on both keeps the other.
            return s.side === 'both' ? [{ ...s, side: side === 'left' ? 'right' : 'left' }] : [s];
          });
        break;
      }
      case 'clearSelection':
        scene.selection = [];
        parts = [];
        break;
      case 'setCameraView': {
        const { view, muscleIds, region } = call.input;
        if (view !== undefined) scene.view = view as NamedView;
        focus =
          muscleIds !== undefined || region !== undefined
            ? {
                ...(region !== undefined ? { region } : {}),
                ...(muscleIds !== undefined ? { muscleIds: [...muscleIds] } : {}),
              }
            : null;
        break;
      }
      case 'isolateMuscles':
        scene.isolated = [...call.input.muscleIds];
        break;
      case 'showAllMuscles':
        scene.isolated = [];
        hidden.clear();
        break;
      case 'setMuscleVisibility':
        for (const id of call.input.muscleIds) {
          if (call.input.visible) hidden.delete(id);
          else hidden.add(id);
        }
        break;
      case 'setLayerVisibility':
        scene.layers = { ...scene.layers, [call.input.layer]: call.input.visible };
        break;
      case 'setXray':
        scene.xray = call.input.enabled;
        break;
      case 'resetView':
        return emptyScene();
      case 'startTour':
        tour = true;
        break;
      default:
        break;
    }
  }
  return { scene, focus, hidden, tour, parts };
}
