type Waiting<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit: writes items one batch at a time. An item that arrives while the database is
 * idle is written at the end of the current event-loop turn, with whatever else arrived in that
 * turn; items that arrive during a write are written together right after it. Under a burst (a
 * thousand students pressing send in the same second) the database then does a few large writes
 * instead of a queue of small ones, and a quiet server adds no delay. When a batch fails, its
 * items are retried one by one, so one bad item fails alone.
 */
export const createGroupCommit = <T>(
  write: (items: T[]) => Promise<void>,
  defer: (fn: () => void) => void = setImmediate,
) => {
  let queue: Waiting<T>[] = [];
  let busy = false;

  const writeBatch = async (batch: Waiting<T>[]) => {
    try {
      await write(batch.map((w) => w.item));
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else
        for (const waiting of batch)
          await write([waiting.item]).then(waiting.resolve, waiting.reject);
    }
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await writeBatch(batch);
    }
    busy = false;
  };

  return (item: T): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (busy) return;
      busy = true;
      defer(() => void drain());
    });
};
