import type { RunSnapshot } from './run-snapshot';

const KEY = 'anatomy.activeRun';
/** A snapshot older than this is of a run the server has forgotten (its grace period is 5 min). */
const MAX_AGE_MS = 10 * 60_000;

export interface RunSnapshotStore {
  load: () => RunSnapshot | null;
  save: (snapshot: RunSnapshot) => void;
  clear: () => void;
}

/** Keeps the active run's snapshot in `storage` (sessionStorage: per tab, survives reloads). */
export const createRunSnapshotStore = (
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
  now: () => number = Date.now,
): RunSnapshotStore => ({
  load: () => {
    try {
      const text = storage?.getItem(KEY);
      if (!text) return null;
      const snapshot = JSON.parse(text) as RunSnapshot;
      if (snapshot.version !== 1 || now() - snapshot.savedAt > MAX_AGE_MS) return null;
      return snapshot;
    } catch {
      return null;
    }
  },
  save: (snapshot) => {
    try {
      storage?.setItem(KEY, JSON.stringify(snapshot));
    } catch {
      // Storage full or blocked: a reload then starts afresh, nothing else breaks.
    }
  },
  clear: () => {
    try {
      storage?.removeItem(KEY);
    } catch {
      // As above.
    }
  },
});
