import type { ViewerStore } from '../state/viewer-store';
import { runSnapshotOf } from './run-snapshot-of';
import type { RunSnapshotStore } from './run-snapshot-store';

/** Writes at most this often while an answer streams (each write is the whole answer so far). */
export const SNAPSHOT_INTERVAL_MS = 500;

/** Where `pagehide` is heard (the window); null where there is none (tests, workers). */
export type PageLifecycle = Pick<Window, 'addEventListener' | 'removeEventListener'> | null;

export interface SnapshotSaver {
  /** Saves soon: at most every `SNAPSHOT_INTERVAL_MS`, and at once when the page is hidden. */
  schedule: () => void;
  /** Forgets the snapshot (the run ended or this tab stopped following it). */
  clear: () => void;
  dispose: () => void;
}

/**
 * Keeps the active run's snapshot for a reload to resume. Rewriting the snapshot on every stream
 * message costs the square of the answer's length; throttled, a reload loses nothing because
 * `pagehide` saves what is pending and the stream replays after the saved event id.
 */
export const createSnapshotSaver = (deps: {
  store: ViewerStore;
  snapshots: RunSnapshotStore;
  now: () => number;
  page: PageLifecycle;
}): SnapshotSaver => {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    if (timer === null) return;
    cancelTimer();
    const snapshot = runSnapshotOf(deps.store.getState(), deps.now());
    if (snapshot) deps.snapshots.save(snapshot);
  };
  deps.page?.addEventListener('pagehide', flush);

  return {
    schedule: () => {
      timer ??= setTimeout(flush, SNAPSHOT_INTERVAL_MS);
    },
    clear: () => {
      cancelTimer();
      deps.snapshots.clear();
    },
    dispose: () => {
      flush();
      deps.page?.removeEventListener('pagehide', flush);
    },
  };
};
