import type { StateStorage } from 'zustand/middleware';

/**
 * `storage` (sessionStorage: per tab, survives reloads) for zustand's `persist`, never throwing:
 * when it is blocked or full the app goes on, and a reload starts afresh. Without any storage,
 * values live in memory for the page's life.
 */
export const tabStorage = (storage: StateStorage | null): StateStorage => {
  const memory = new Map<string, string>();
  return {
    getItem: (name) => {
      try {
        return storage ? (storage.getItem(name) as string | null) : (memory.get(name) ?? null);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        if (storage) void storage.setItem(name, value);
        else memory.set(name, value);
      } catch {
        // Full or blocked: nothing else breaks.
      }
    },
    removeItem: (name) => {
      try {
        if (storage) void storage.removeItem(name);
        else memory.delete(name);
      } catch {
        // As above.
      }
    },
  };
};
