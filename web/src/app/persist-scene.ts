import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { PageLifecycle } from '../session/snapshot-saver';
import type { SceneData } from '../state/scene-data';
import { SceneDataSchema } from '../state/scene-data-schema';
import { tabStorage } from '../state/tab-storage';
import type { ViewerStore } from '../state/viewer-store';

const KEY = 'anatomy.scene';
/** Scene changes come in bursts (a tour, a drag of the x-ray slider): one write per burst. */
const SAVE_DELAY_MS = 300;

interface SavedScene {
  scene: SceneData | null;
}

/**
 * Keeps the scene in `storage` (sessionStorage) through zustand's `persist`, so a reload shows
 * what the student was looking at: restores it now (when it passes validation), then saves
 * changes shortly after they happen and at `pagehide`. Returns the function that stops.
 */
export const persistScene = (
  store: ViewerStore,
  storage: StateStorage | null,
  page: PageLifecycle,
): (() => void) => {
  const saved = createStore<SavedScene>()(
    persist<SavedScene>(() => ({ scene: null }), {
      name: KEY,
      version: 1,
      storage: createJSONStorage(() => tabStorage(storage)),
      merge: (persisted, current) => {
        const parsed = SceneDataSchema.safeParse((persisted as Partial<SavedScene> | null)?.scene);
        return { ...current, scene: parsed.success ? parsed.data : null };
      },
    }),
  );
  const restored = saved.getState().scene;
  if (restored) store.getState().restoreScene(restored);

  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    saved.setState({ scene: store.getState().scene });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scene !== previous.scene && timer === null)
      timer = setTimeout(saveNow, SAVE_DELAY_MS);
  });
  page?.addEventListener('pagehide', saveNow);
  return () => {
    unsubscribe();
    page?.removeEventListener('pagehide', saveNow);
    if (timer) clearTimeout(timer);
  };
};
