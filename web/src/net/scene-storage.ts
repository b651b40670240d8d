import type { SceneData } from '../state/scene-data';

const KEY = 'anatomy.scene';

export interface SceneStorage {
  load: () => SceneData | null;
  save: (scene: SceneData) => void;
}

/** Keeps the scene (sessionStorage) so a reload shows what the student was looking at. */
export const createSceneStorage = (
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
): SceneStorage => ({
  load: () => {
    try {
      const text = storage?.getItem(KEY);
      if (!text) return null;
      const parsed = JSON.parse(text) as { version: number; scene: SceneData };
      return parsed.version === 1 ? parsed.scene : null;
    } catch {
      return null;
    }
  },
  save: (scene) => {
    try {
      storage?.setItem(KEY, JSON.stringify({ version: 1, scene }));
    } catch {
      // Best effort.
    }
  },
});
