import type { StateCreator } from 'zustand/vanilla';
import type { Region } from '#shared/anatomy/catalog-schema';
import type { ModelEvent, NamedView, SceneLayer, Side, Vec3 } from '#shared/protocol/index';
import type { AnatomyIndex } from './anatomy-index';
import { applyModelEvent } from './apply-model-event';
import { flushPendingEvents } from './flush-pending-events';
import { initialSceneData } from './initial-scene-data';
import { enterTourStep } from './reducers/enter-tour-step';
import { modelEventHandlers, type ModelEventHandler } from './reducers/model-event-handlers';
import type { SceneData } from './scene-data';
import type { ViewerState } from './viewer-state';

/** Where the model stands: fetching the catalog, loading a tier, shown, missing, or failed. */
export interface ModelLoad {
  readonly phase: 'catalog' | 'light' | 'full' | 'ready' | 'missing' | 'error';
  /** 0..1 within the current phase. */
  readonly progress: number;
  /** The tier on screen, once one is. */
  readonly shown: 'light' | 'full' | null;
  readonly message: string | null;
}

export interface CameraPose {
  readonly position: Vec3;
  readonly target: Vec3;
}

/** What the view faded so that a covered selection shows (ids of structures). */
export interface FadeInfo {
  /** Selected structures that were covered from the camera. */
  readonly covered: readonly string[];
  /** Structures faded because they cover them. */
  readonly faded: readonly string[];
}

export const NO_FADE: FadeInfo = { covered: [], faded: [] };

export interface SceneSlice {
  scene: SceneData;
  anatomy: AnatomyIndex | null;
  modelLoad: ModelLoad;
  /** The named view closest to the camera once it rests; null after free orbiting. */
  cameraView: NamedView | null;
  cameraPose: CameraPose | null;
  /** Set by the view after each selection or camera change. */
  fade: FadeInfo;

  /** Applies a model event from either channel, once per id, in seq order. */
  applyModelEvent: (event: ModelEvent) => void;
  /** Applies what is left waiting of a run that ended. */
  flushRunEvents: (runId: string) => void;
  /** Plays events again (a message's "show in 3D"), ignoring what was applied before. */
  replayEvents: (events: readonly ModelEvent[]) => void;
  select: (
    ids: readonly string[],
    options?: { side?: Side; mode?: 'replace' | 'add' | 'remove'; color?: string },
  ) => void;
  clearSelection: () => void;
  inspect: (id: string | null) => void;
  setLayer: (layer: SceneLayer, visible: boolean) => void;
  setXray: (enabled: boolean, opacity?: number) => void;
  setVisible: (ids: readonly string[], visible: boolean, side?: Side) => void;
  isolate: (ids: readonly string[], side?: Side) => void;
  showAll: () => void;
  setView: (view: NamedView, durationMs?: number) => void;
  focusOn: (
    ids: readonly string[],
    options?: { view?: NamedView; side?: Side; region?: Region },
  ) => void;
  resetScene: () => void;
  tourGo: (index: number) => void;
  tourSetPlaying: (playing: boolean) => void;
  tourClose: () => void;
  /** Called by the camera rig when the camera rests. */
  setCameraStatus: (view: NamedView | null, pose: CameraPose) => void;
  setFade: (fade: FadeInfo) => void;
  setAnatomy: (anatomy: AnatomyIndex) => void;
  setModelLoad: (load: Partial<ModelLoad>) => void;
  /** Restores a scene saved before a reload (its event bookkeeping included). */
  restoreScene: (scene: SceneData) => void;
}

const handle = <T extends keyof typeof modelEventHandlers>(
  scene: SceneData,
  type: T,
  payload: Parameters<(typeof modelEventHandlers)[T]>[1],
): SceneData => (modelEventHandlers[type] as ModelEventHandler)(scene, payload);

export const createSceneSlice: StateCreator<ViewerState, [], [], SceneSlice> = (set, get) => {
  const update = (next: (scene: SceneData) => SceneData) => {
    const current = get().scene;
    const scene = next(current);
    if (scene !== current) set({ scene });
  };
  return {
    scene: initialSceneData,
    anatomy: null,
    modelLoad: { phase: 'catalog', progress: 0, shown: null, message: null },
    cameraView: 'anterior',
    cameraPose: null,
    fade: NO_FADE,

    applyModelEvent: (event) => update((scene) => applyModelEvent(scene, event)),
    flushRunEvents: (runId) => update((scene) => flushPendingEvents(scene, runId)),
    replayEvents: (events) =>
      update((scene) =>
        events.reduce(
          (s, e) => (modelEventHandlers[e.type] as ModelEventHandler)(s, e.payload),
          scene,
        ),
      ),
    select: (ids, options = {}) =>
      update((scene) =>
        ids.length === 0
          ? scene
          : handle(scene, 'model:selectMuscles', {
              muscleIds: [...ids],
              side: options.side ?? 'both',
              mode: options.mode ?? 'replace',
              color: options.color,
            }),
      ),
    clearSelection: () => update((scene) => handle(scene, 'model:clearSelection', {})),
    inspect: (id) =>
      update((scene) => (scene.inspected === id ? scene : { ...scene, inspected: id })),
    setLayer: (layer, visible) =>
      update((scene) => handle(scene, 'model:setLayerVisibility', { layer, visible })),
    setXray: (enabled, opacity) =>
      update((scene) =>
        handle(scene, 'model:setXray', { enabled, opacity: opacity ?? scene.xray.opacity }),
      ),
    setVisible: (ids, visible, side = 'both') =>
      update((scene) =>
        ids.length === 0
          ? scene
          : handle(scene, 'model:setMuscleVisibility', { muscleIds: [...ids], visible, side }),
      ),
    isolate: (ids, side = 'both') =>
      update((scene) =>
        ids.length === 0 ? scene : handle(scene, 'model:isolate', { muscleIds: [...ids], side }),
      ),
    showAll: () => update((scene) => handle(scene, 'model:showAll', {})),
    setView: (view, durationMs = 900) =>
      update((scene) => handle(scene, 'model:setCameraView', { view, durationMs })),
    focusOn: (ids, options = {}) =>
      update((scene) =>
        handle(scene, 'model:setCameraView', {
          view: options.view,
          focus: { muscleIds: [...ids], side: options.side ?? 'both', region: options.region },
          durationMs: 900,
        }),
      ),
    resetScene: () => update((scene) => handle(scene, 'model:resetView', {})),
    tourGo: (index) => update((scene) => enterTourStep(scene, index)),
    tourSetPlaying: (playing) =>
      update((scene) =>
        !scene.tour || scene.tour.playing === playing
          ? scene
          : { ...scene, tour: { ...scene.tour, playing } },
      ),
    tourClose: () => update((scene) => (scene.tour ? { ...scene, tour: null } : scene)),
    setCameraStatus: (view, pose) => set({ cameraView: view, cameraPose: pose }),
    setFade: (fade) => set({ fade }),
    setAnatomy: (anatomy) => set({ anatomy }),
    setModelLoad: (load) => set((state) => ({ modelLoad: { ...state.modelLoad, ...load } })),
    restoreScene: (scene) => set({ scene }),
  };
};
