import { useStore } from 'zustand';
import { createViewerStore } from './viewer-store';
import type { ViewerState } from './viewer-state';

const store = createViewerStore();

/**
 * The app's one store, bound to React: `useViewerStore((s) => s.field)` in components (one field
 * per call), and `useViewerStore.getState()` / `.setState()` / `.subscribe()` everywhere else.
 */
export const useViewerStore = Object.assign(
  <T>(selector: (state: ViewerState) => T): T => useStore(store, selector),
  store,
);
