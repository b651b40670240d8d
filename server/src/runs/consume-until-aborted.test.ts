import { describe, expect, it } from 'vitest';
import { consumeUntilAborted } from './consume-until-aborted.js';

async function* parts(...values: string[]) {
  for (const value of values) yield value;
}

const collect = (source: AsyncIterable<string>, signal = new AbortController().signal) => {
  const seen: string[] = [];
  return { seen, done: consumeUntilAborted(source, signal, (value) => seen.push(value)) };
};

describe('consumeUntilAborted', () => {
  it('should hand over every value in order, then resolve', async () => {
    const { seen, done } = collect(parts('a', 'b', 'c'));
    await done;
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('should stop waiting on a stuck source as soon as the signal fires', async () => {
    let resumed = false;
    const stuck = (async function* () {
      yield 'first';
      await new Promise(() => undefined);
      resumed = true;
      yield 'never';
    })();
    const abort = new AbortController();
    const { seen, done } = collect(stuck, abort.signal);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['first']);
    abort.abort();
    await done;
    expect(seen).toEqual(['first']);
    expect(resumed).toBe(false);
  });

  it('should take nothing from a source whose signal already fired', async () => {
    const abort = new AbortController();
    abort.abort();
    const { seen, done } = collect(parts('a'), abort.signal);
    await done;
    expect(seen).toEqual([]);
  });

  it('should stop after the value during which the signal fired', async () => {
    const abort = new AbortController();
    const seen: string[] = [];
    await consumeUntilAborted(parts('a', 'b', 'c'), abort.signal, (value) => {
      seen.push(value);
      if (value === 'b') abort.abort();
    });
    expect(seen).toEqual(['a', 'b']);
  });

  it('should reject with the source error, after the values before it', async () => {
    const failing = (async function* () {
      yield 'x';
      throw new Error('provider down');
    })();
    const { seen, done } = collect(failing);
    await expect(done).rejects.toThrow('provider down');
    expect(seen).toEqual(['x']);
  });

  it('should reject when the consumer throws, and close the source', async () => {
    let closed = false;
    const source = (async function* () {
      try {
        yield 'a';
        yield 'b';
      } finally {
        closed = true;
      }
    })();
    const done = consumeUntilAborted(source, new AbortController().signal, () => {
      throw new Error('consumer broke');
    });
    await expect(done).rejects.toThrow('consumer broke');
    await new Promise((r) => setTimeout(r, 0));
    expect(closed).toBe(true);
  });

  it('should close a source stopped early by the signal', async () => {
    let closed = false;
    const source = (async function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        closed = true;
      }
    })();
    const abort = new AbortController();
    await consumeUntilAborted(source, abort.signal, () => abort.abort());
    await new Promise((r) => setTimeout(r, 0));
    expect(closed).toBe(true);
  });

  it('should leave no abort listener behind', async () => {
    const abort = new AbortController();
    let added = 0;
    let removed = 0;
    const signal = abort.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      added += 1;
      add(...args);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      removed += 1;
      remove(...args);
    }) as typeof signal.removeEventListener;
    await consumeUntilAborted(parts('a'), signal, () => undefined);
    expect([added, removed]).toEqual([1, 1]);
  });
});
