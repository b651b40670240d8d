import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckpointBatcher, type Checkpoint } from './checkpoint-batcher.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createCheckpointBatcher', () => {
  let batches: Checkpoint[][];
  let pendingSave: ReturnType<typeof deferred> | null;
  const texts = new Map<string, string>();
  const read = (id: string) => () => ({ messageId: id, text: texts.get(id) ?? '', events: [] });

  beforeEach(() => {
    vi.useFakeTimers();
    batches = [];
    pendingSave = null;
    texts.clear();
  });
  afterEach(() => vi.useRealTimers());

  const batcher = (onError = vi.fn(), chunkSize?: number) =>
    createCheckpointBatcher({
      intervalMs: 100,
      onError,
      chunkSize,
      save: (batch) => {
        batches.push(batch);
        return pendingSave?.promise ?? Promise.resolve();
      },
    });

  it('should save every run that changed in one batch per interval, with its latest text', async () => {
    const checkpoints = batcher();
    for (const [id, text] of [
      ['a', 'A1'],
      ['b', 'B1'],
      ['a', 'A1 A2'],
    ] as const) {
      texts.set(id, text);
      checkpoints.mark(id, read(id));
    }
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([
      [
        { messageId: 'a', textFrom: 0, text: 'A1 A2', eventsFrom: 0, events: [] },
        { messageId: 'b', textFrom: 0, text: 'B1', eventsFrom: 0, events: [] },
      ],
    ]);
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toHaveLength(1);
  });

  it('should save a large batch in chunks, one statement after the other', async () => {
    const checkpoints = batcher(vi.fn(), 2);
    pendingSave = deferred();
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      texts.set(id, id.toUpperCase());
      checkpoints.mark(id, read(id));
    }
    await vi.advanceTimersByTimeAsync(100);
    // The second chunk waits for the first to be saved.
    expect(batches.map((b) => b.map((c) => c.messageId))).toEqual([['a', 'b']]);
    pendingSave.resolve();
    pendingSave = null;
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.map((b) => b.map((c) => c.messageId))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  /** Runs a and b, one per chunk, with the interval fired and a's save still under way. */
  const twoChunksUnderWay = async () => {
    const checkpoints = batcher(vi.fn(), 1);
    pendingSave = deferred();
    texts.set('a', 'A1');
    texts.set('b', 'B1');
    checkpoints.mark('a', read('a'));
    checkpoints.mark('b', read('b'));
    await vi.advanceTimersByTimeAsync(100);
    return { checkpoints, save: pendingSave };
  };

  it('should read each chunk when its turn comes, so a later chunk saves what it gained meanwhile', async () => {
    const { save } = await twoChunksUnderWay();
    texts.set('b', 'B1 B2');
    save.resolve();
    pendingSave = null;
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.map((b) => b.map((c) => c.text))).toEqual([['A1'], ['B1 B2']]);
  });

  it('should not save a run forgotten while earlier chunks were saved', async () => {
    const { checkpoints, save } = await twoChunksUnderWay();
    const forgotten = checkpoints.forget('b');
    save.resolve();
    pendingSave = null;
    await forgotten;
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.map((b) => b.map((c) => c.messageId))).toEqual([['a']]);
  });

  it('should run one save at a time and save later changes after it', async () => {
    const checkpoints = batcher();
    pendingSave = deferred();
    texts.set('a', 'one');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    texts.set('a', 'one two');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(300);
    expect(batches).toHaveLength(1);
    const first = pendingSave;
    pendingSave = null;
    first.resolve();
    await vi.advanceTimersByTimeAsync(100);
    // The second save carries only what was gained since the first.
    expect(batches.map((b) => b.map((c) => [c.textFrom, c.text]))).toEqual([
      [[0, 'one']],
      [[3, ' two']],
    ]);
  });

  it('should drop a forgotten run and wait for the save under way', async () => {
    const checkpoints = batcher();
    pendingSave = deferred();
    texts.set('a', 'old');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    texts.set('a', 'newer');
    checkpoints.mark('a', read('a'));
    let forgotten = false;
    const forgetting = checkpoints.forget('a').then(() => (forgotten = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(forgotten).toBe(false);
    pendingSave.resolve();
    await forgetting;
    await vi.advanceTimersByTimeAsync(500);
    expect(batches.map((b) => b.map((c) => c.text))).toEqual([['old']]);
    expect(checkpoints.pending).toBe(0);
  });

  it('should report a failed save and keep checkpointing afterwards', async () => {
    const onError = vi.fn();
    let fail = true;
    const checkpoints = createCheckpointBatcher({
      intervalMs: 100,
      onError,
      save: (batch) => {
        batches.push(batch);
        return fail ? Promise.reject(new Error('disk full')) : Promise.resolve();
      },
    });
    texts.set('a', 'x');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledWith(expect.any(Error), [
      { messageId: 'a', textFrom: 0, text: 'x', eventsFrom: 0, events: [] },
    ]);
    fail = false;
    texts.set('a', 'xy');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    // The failed tail is sent again with the new one.
    expect(batches.at(-1)).toEqual([
      { messageId: 'a', textFrom: 0, text: 'xy', eventsFrom: 0, events: [] },
    ]);
    texts.set('a', 'xyz');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    expect(batches.at(-1)).toEqual([
      { messageId: 'a', textFrom: 2, text: 'z', eventsFrom: 0, events: [] },
    ]);
  });

  it('should skip a run that gained nothing since its last save', async () => {
    const checkpoints = batcher();
    texts.set('a', 'same');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toHaveLength(1);
  });

  it('should start a forgotten run that comes back from nothing', async () => {
    const checkpoints = batcher();
    texts.set('a', 'one');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    await checkpoints.forget('a');
    checkpoints.mark('a', read('a'));
    await vi.advanceTimersByTimeAsync(100);
    expect(batches.map((b) => b.map((c) => [c.textFrom, c.text]))).toEqual([
      [[0, 'one']],
      [[0, 'one']],
    ]);
  });
});
