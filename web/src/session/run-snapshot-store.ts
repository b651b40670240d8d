import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { RunSnapshot } from './run-snapshot';
import { tabStorage } from '../state/tab-storage';

const KEY = 'anatomy.activeRun';
/** A snapshot older than this is of a run the server has forgotten (its grace period is 5 min). */
const MAX_AGE_MS = 10 * 60_000;

export interface RunSnapshotStore {
  load: () => RunSnapshot | null;
  save: (snapshot: RunSnapshot) => void;
  clear: () => void;
}

interface SnapshotState {
  snapshot: RunSnapshot | null;
}

/** Keeps the active run's snapshot in `storage` through zustand's `persist`, validated on load. */
export const createRunSnapshotStore = (
  storage: StateStorage | null,
  now: () => number = Date.now,
): RunSnapshotStore => {
  const store = createStore<SnapshotState>()(
    persist<SnapshotState>(() => ({ snapshot: null }), {
      name: KEY,
      version: 1,
      storage: createJSONStorage(() => tabStorage(storage)),
      // What storage holds is untrusted: anything that is not a snapshot is dropped.
      merge: (persisted, current) => {
        const parsed = RunSnapshot.safeParse(
          (persisted as Partial<SnapshotState> | null)?.snapshot,
        );
        return { ...current, snapshot: parsed.success ? parsed.data : null };
      },
    }),
  );
  return {
    load: () => {
      const { snapshot } = store.getState();
      return snapshot && now() - snapshot.savedAt <= MAX_AGE_MS ? snapshot : null;
    },
    save: (snapshot) => store.setState({ snapshot }),
    clear: () => store.setState({ snapshot: null }),
  };
};
