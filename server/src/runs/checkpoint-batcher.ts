import type { ModelEvent } from '../../../shared/protocol/model-event.js';

export type Checkpoint = { messageId: string; text: string; events: readonly ModelEvent[] };

/**
 * Saves the partial answers of every streaming run together: one statement per interval for all
 * runs that changed, instead of one per run. A thousand streams then cost one write every
 * interval, not hundreds a second. A run's last change is saved within one interval (or two,
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
  const saveInChunks = async (batch: Checkpoint[]) => {
    for (let start = 0; start < batch.length; start += chunkSize) {
      const chunk = batch.slice(start, start + chunkSize);
      await options.save(chunk).catch((error: unknown) => options.onError(error, chunk));
    }
  };
  /** Message id → how to read its current state when the batch is taken. */
  const dirty = new Map<string, () => Checkpoint>();
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
    const batch = [...dirty.values()].map((read) => read());
    dirty.clear();
    saving = saveInChunks(batch).finally(() => {
      saving = null;
    });
  };

  return {
    /** Notes that a run's answer changed; `read` is called when the batch is taken. */
    mark(messageId: string, read: () => Checkpoint): void {
      dirty.set(messageId, read);
      schedule();
    },

    /**
     * Drops a run's pending checkpoint (its final save follows) and waits for a save under way,
     * which may hold an older state of it: the final save must land after it.
     */
    async forget(messageId: string): Promise<void> {
      dirty.delete(messageId);
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
      await saving;
    },
  };
};
export type CheckpointBatcher = ReturnType<typeof createCheckpointBatcher>;
