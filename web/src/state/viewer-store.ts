import { createStore, type StoreApi } from 'zustand/vanilla';
import { createChatSlice } from './chat-slice';
import { createRunSlice } from './run-slice';
import { createSceneSlice } from './scene-slice';
import type { ViewerState } from './viewer-state';

export type ViewerStore = StoreApi<ViewerState>;

/** A fresh store: the app makes one, tests make their own. */
export const createViewerStore = (): ViewerStore =>
  createStore<ViewerState>()((...a) => ({
    ...createSceneSlice(...a),
    ...createChatSlice(...a),
    ...createRunSlice(...a),
  }));
