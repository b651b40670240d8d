import type { NamedView, SceneState, Side } from '#shared/protocol/index';
import type { SceneData } from './scene-data';

const MAX_ITEMS = 400;
const sideOf = (left: boolean, right: boolean): Side =>
  left && right ? 'both' : left ? 'left' : 'right';

/** The `SceneState` sent with each message: what the student sees right now. */
export const sceneStateOf = (scene: SceneData, view: NamedView | null): SceneState => ({
  selection: Object.entries(scene.selection)
    .slice(0, MAX_ITEMS)
    .map(([muscleId, entry]) => ({
      muscleId,
      side: sideOf(entry.left, entry.right),
      ...(entry.parts !== undefined ? { parts: [...entry.parts] } : {}),
    })),
  view,
  layers: { ...scene.layers },
  isolated: scene.isolated ? scene.isolated.muscleIds.slice(0, MAX_ITEMS) : [],
  xray: scene.xray.enabled,
});
