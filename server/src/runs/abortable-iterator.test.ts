import { describe, expect, it } from 'vitest';
import { AbortableIterator } from './abortable-iterator.js';

async function* parts(...values: string[]) {
  for (const value of values) yield value;
}

describe('AbortableIterator', () => {
  it('should give every value in order, then null', async () => {
    const it = new AbortableIterator(parts('a', 'b'), new AbortController().signal);
    expect([await it.next(), await it.next(), await it.next()]).toEqual(['a', 'b', null]);
  });

  it('should stop waiting on a stuck source as soon as the signal fires, and close it', async () => {
    let closed = false;
    const stuck = (async function* () {
      try {
        yield 'first';
        await new Promise(() => undefined);
      } finally {
        closed = true;
      }
    })();
    const abort = new AbortController();
    const it = new AbortableIterator(stuck, abort.signal);
    expect(await it.next()).toBe('first');
    const waiting = it.next();
    abort.abort();
    expect(await waiting).toBeNull();
    expect(await it.next()).toBeNull();
    it.close();
    // A generator suspended in an await cannot run its finally until it resumes.
    expect(closed).toBe(false);
  });

  it('should pass the source error on', async () => {
    const failing = (async function* () {
      yield 'x';
      throw new Error('provider down');
    })();
    const it = new AbortableIterator(failing, new AbortController().signal);
    expect(await it.next()).toBe('x');
    await expect(it.next()).rejects.toThrow('provider down');
  });

  it('should close a source that is done early', async () => {
    let closed = false;
    const source = (async function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        closed = true;
      }
    })();
    const it = new AbortableIterator(source, new AbortController().signal);
    expect(await it.next()).toBe(1);
    it.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(closed).toBe(true);
  });
});
