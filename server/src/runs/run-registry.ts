import type { Channel, Run } from './run.js';

/** How long the request ids of dropped runs are remembered. */
const ANSWERED_MEMORY_MS = 60 * 60_000;

export type RunRegistryOptions = {
  /** How long an ended run stays replayable. */
  graceMs: number;
  /** How long after creation the other channel may pair with a run. */
  pairWindowMs: number;
  now: () => number;
};

/**
 * The runs this instance holds: live ones, and ended ones for a grace period so reconnects and
 * late joiners replay from memory. Lookups are synchronous so pairing cannot race.
 */
export const createRunRegistry = (options: RunRegistryOptions) => {
  const runs = new Map<string, Run>();
  const timers = new Map<string, NodeJS.Timeout>();
  // Indexes, so a run start looks at the runs of its message and user, not at every run held.
  const byPairKey = new Map<string, Set<Run>>();
  const byUser = new Map<string, Set<Run>>();
  /** The newest run held for each pair key and request id: many sends of one text stay O(1). */
  const byRequest = new Map<string, Run>();
  /** Request ids of runs already dropped, kept for an hour: a late twin is not a new run. */
  const answered = new Map<string, NodeJS.Timeout>();
  const requestKey = (pairKey: string, requestId: string) => `${pairKey}\u0000${requestId}`;

  const index = (map: Map<string, Set<Run>>, key: string | null, run: Run) => {
    if (key === null) return;
    const set = map.get(key) ?? new Set<Run>();
    set.add(run);
    map.set(key, set);
  };
  const unindex = (map: Map<string, Set<Run>>, key: string | null, run: Run) => {
    if (key === null) return;
    const set = map.get(key);
    set?.delete(run);
    if (set?.size === 0) map.delete(key);
  };

  const forget = (id: string) => {
    const run = runs.get(id);
    if (run) {
      unindex(byPairKey, run.init.pairKey, run);
      unindex(byUser, run.init.userId, run);
      const { pairKey, requestId } = run.init;
      if (pairKey !== null && requestId !== null) {
        const key = requestKey(pairKey, requestId);
        if (byRequest.get(key) === run) byRequest.delete(key);
      }
      if (pairKey !== null && requestId !== null && run.generatedHere) {
        const key = requestKey(pairKey, requestId);
        clearTimeout(answered.get(key));
        // Long after the pairing window: a late twin is replayed from the database, never
        // generated again, for as long as this remembers the request id.
        const timer = setTimeout(
          () => answered.delete(key),
          Math.max(options.pairWindowMs, ANSWERED_MEMORY_MS),
        );
        timer.unref();
        answered.set(key, timer);
      }
    }
    runs.delete(id);
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    timers.delete(id);
  };

  return {
    add(run: Run): void {
      runs.set(run.id, run);
      index(byPairKey, run.init.pairKey, run);
      index(byUser, run.init.userId, run);
      const { pairKey, requestId } = run.init;
      if (pairKey !== null && requestId !== null)
        byRequest.set(requestKey(pairKey, requestId), run);
    },

    get(id: string): Run | undefined {
      return runs.get(id);
    },

    /**
     * The run this request joins, if any: same request id; or same pair key, started moments ago,
     * not yet claimed by this channel. Claims it for the channel.
     */
    pair(channel: Channel, pairKey: string, requestId: string | null): Run | undefined {
      const now = options.now();
      let found = requestId !== null ? byRequest.get(requestKey(pairKey, requestId)) : undefined;
      if (requestId === null)
        for (const run of byPairKey.get(pairKey) ?? [])
          if (
            run.init.requestId === null &&
            !run.claims.has(channel) &&
            now - run.init.createdAt <= options.pairWindowMs
          )
            found = run;
      found?.claims.add(channel);
      return found;
    },

    /** Whether a run for this request id ended and was dropped (within the last hour). */
    answeredRecently(pairKey: string, requestId: string): boolean {
      return answered.has(requestKey(pairKey, requestId));
    },

    /** The newest run of a thread still generating. */
    activeInThread(threadId: string): Run | undefined {
      let found: Run | undefined;
      for (const run of runs.values()) {
        if (run.init.threadId === threadId && !run.ended) found = run;
      }
      return found;
    },

    /** Called when a run ends: it stays for the grace period, then is dropped. */
    retire(run: Run): void {
      const timer = setTimeout(() => forget(run.id), options.graceMs);
      timer.unref();
      timers.set(run.id, timer);
    },

    /** Runs this instance is generating (not mirrors of other instances' runs). */
    live(): Run[] {
      return [...runs.values()].filter((r) => !r.ended && r.generatedHere);
    },

    /** The user's runs this instance is generating and that are not being stopped. */
    liveRunsOf(userId: string): number {
      let count = 0;
      for (const run of byUser.get(userId) ?? [])
        if (!run.ended && !run.stopping && run.generatedHere) count += 1;
      return count;
    },

    get size(): number {
      return runs.size;
    },

    clear(): void {
      for (const id of [...runs.keys()]) forget(id);
      for (const timer of answered.values()) clearTimeout(timer);
      answered.clear();
    },
  };
};
export type RunRegistry = ReturnType<typeof createRunRegistry>;
