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
  const saveInChunks = async (batch: { checkpoint: Checkpoint; next: SavedMark }[]) => {
    for (let start = 0; start < batch.length; start += chunkSize) {
      const chunk = batch.slice(start, start + chunkSize);
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
    const batch: { checkpoint: Checkpoint; next: SavedMark }[] = [];
    for (const [messageId, read] of dirty) {
      const delta = checkpointDelta(read(), saved.get(messageId));
      if (delta) batch.push(delta);
    }
    dirty.clear();
    if (batch.length === 0) return;
    saving = saveInChunks(batch).finally(() => {
      saving = null;
    });
  };

  return {
    /** Notes that a run's answer changed; `read` is called when the batch is taken. */
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
