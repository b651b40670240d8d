import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewerStore } from '../state/viewer-store';
import { persistScene } from './persist-scene';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
    removeItem: (name: string) => void items.delete(name),
  };
};

describe('persistScene', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should show after a reload the scene the student was looking at', () => {
    const storage = memoryStorage();
    const page = new EventTarget() as unknown as Window;
    const before = createViewerStore();
    const stop = persistScene(before, storage, page);
    before.getState().select(['biceps-brachii']);
    page.dispatchEvent(new Event('pagehide'));
    stop();

    const after = createViewerStore();
    persistScene(after, storage, null)();
    expect(Object.keys(after.getState().scene.selection)).toEqual(['biceps-brachii']);
  });

  it('should start from the default scene when what is stored is not a scene', () => {
    const storage = memoryStorage();
    storage.setItem(
      'anatomy.scene',
      JSON.stringify({ state: { scene: { selection: 1 } }, version: 1 }),
    );
    const store = createViewerStore();
    const initial = store.getState().scene;
    persistScene(store, storage, null)();
    expect(store.getState().scene).toBe(initial);
  });
});
