import {
  checkpointDelta,
  type AnswerState,
  type Checkpoint,
  type SavedMark,
} from './checkpoint-delta.js';

export type { Checkpoint } from './checkpoint-delta.js';

/**
 * Saves the partial answers of every streaming run together: one statement per interval for all
 * runs that changed, instead of one per run. A thousand streams then cost one write every
 * interval, not hundreds a second. Each checkpoint carries only what its answer gained since the
 * last save that succeeded: rewriting every answer's whole text each interval made the
 * checkpoint grow with the answers. A run's last change is saved within one interval (or two,
 * when a save is still under way), so a crash loses at most that much. One save at a time.
 */
export const createCheckpointBatcher = (options: {
  save: (batch: Checkpoint[]) => Promise<void>;
  intervalMs: number;
  onError: (error: unknown, batch: readonly Checkpoint[]) => void;
  /**
   * Answers per statement. A thousand long answers in one statement keep the database busy for
   * a long while, and a new message's insert would wait behind it.
   */
  chunkSize?: number;
}) => {
  const chunkSize = options.chunkSize ?? 50;
  /** Message id → how much of it the database holds (after saves that succeeded). */
  const saved = new Map<string, SavedMark>();
  /**
   * Saves the answers taken, a chunk at a time, each chunk's deltas read just before its save:
   * reading a thousand answers at once stalled every stream for tens of milliseconds, and the
   * later chunks are fresher for it.
   */
  const saveInChunks = async (taken: [string, () => AnswerState][]) => {
    for (let start = 0; start < taken.length; start += chunkSize) {
      const chunk: { checkpoint: Checkpoint; next: SavedMark }[] = [];
      for (const [messageId, read] of taken.slice(start, start + chunkSize)) {
        // A run forgotten since has its final save coming.
        if (!live.has(messageId)) continue;
        const delta = checkpointDelta(read(), saved.get(messageId));
        if (delta) chunk.push(delta);
      }
      if (chunk.length === 0) continue;
      const checkpoints = chunk.map((c) => c.checkpoint);
      await options.save(checkpoints).then(
        () => {
          // A run forgotten meanwhile has its final save coming: no mark to keep.
          for (const { checkpoint, next } of chunk)
            if (live.has(checkpoint.messageId)) saved.set(checkpoint.messageId, next);
        },
        // The marks stay put: the next checkpoint sends this tail again.
        (error: unknown) => options.onError(error, checkpoints),
      );
    }
  };
  /** Message id → how to read its current state when the batch is taken. */
  const dirty = new Map<string, () => AnswerState>();
  /** Runs marked and not forgotten. */
  const live = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let saving: Promise<void> | null = null;

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(flush, options.intervalMs);
    // Runs end with their own final save; a pending checkpoint must not hold the process open.
    timer.unref();
  };

  const flush = () => {
    timer = null;
    if (dirty.size === 0) return;
    if (saving) {
      schedule();
      return;
    }
    const taken = [...dirty];
    dirty.clear();
    saving = saveInChunks(taken).finally(() => {
      saving = null;
    });
  };

  return {
    /** Notes that a run's answer changed; `read` is called when its chunk of the batch is saved. */
    mark(messageId: string, read: () => AnswerState): void {
      dirty.set(messageId, read);
      live.add(messageId);
      schedule();
    },

    /**
     * Drops a run's pending checkpoint (its final save follows) and waits for a save under way,
     * which may hold an older state of it: the final save must land after it.
     */
    async forget(messageId: string): Promise<void> {
      dirty.delete(messageId);
      live.delete(messageId);
      saved.delete(messageId);
      await saving;
    },

    get pending(): number {
      return dirty.size;
    },

    /** Stops the timer; pending checkpoints are dropped (runs end with their final save). */
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      dirty.clear();
      live.clear();
      saved.clear();
      await saving;
    },
  };
};
export type CheckpointBatcher = ReturnType<typeof createCheckpointBatcher>;
