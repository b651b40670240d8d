import type { SceneData } from './scene-data';

/** The start state: nothing selected, everything shown, the anterior view. */
export const initialSceneData: SceneData = {
  selection: {},
  hidden: {},
  isolated: null,
  layers: { muscles: true, bones: true, other: true },
  xray: { enabled: false, opacity: 0.25 },
  camera: { seq: 0, view: 'anterior', focus: null, position: null, target: null, durationMs: 0 },
  annotations: {},
  tour: null,
  inspected: null,
  delivery: { applied: {}, nextSeq: {}, pending: {} },
};
