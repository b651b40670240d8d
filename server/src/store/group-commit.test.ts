import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('createGroupCommit', () => {
  it('should write the items of one event-loop turn together, at the end of that turn', async () => {
    const writes: number[][] = [];
    const commit = createGroupCommit<number>(async (items) => {
      writes.push(items);
    });
    const all = [commit(1), commit(2)];
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([[1, 2]]);
    await Promise.all(all);
    await commit(3);
    expect(writes).toEqual([[1, 2], [3]]);
  });

  it('should write the first item alone and the ones that arrive meanwhile together, in order', async () => {
    const writes: number[][] = [];
    const gates: ReturnType<typeof deferred>[] = [];
    const commit = createGroupCommit<number>(
      (items) => {
        writes.push(items);
        const gate = deferred();
        gates.push(gate);
        return gate.promise;
      },
      (fn) => fn(),
    );
    const done: number[] = [];
    const all = [1, 2, 3, 4].map((n) => commit(n).then(() => done.push(n)));
    expect(writes).toEqual([[1]]);
    gates[0]?.resolve();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(writes).toEqual([[1], [2, 3, 4]]);
    expect(done).toEqual([1]);
    gates[1]?.resolve();
    await Promise.all(all);
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('should retry a failed batch item by item, so only the bad item fails', async () => {
    const writes: string[][] = [];
    let first = true;
    const commit = createGroupCommit<string>(
      async (items) => {
        writes.push(items);
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 5));
          return;
        }
        if (items.includes('bad')) throw new Error('constraint');
      },
      (fn) => fn(),
    );
    const results = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((x) => commit(x)));
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(writes).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });
});
