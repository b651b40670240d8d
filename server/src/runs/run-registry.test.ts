import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalRun } from './local-run.js';
import type { RunInit } from './run.js';
import { createRunRegistry } from './run-registry.js';

const makeRun = (overrides: Partial<RunInit> = {}): LocalRun =>
  new LocalRun({
    id: `run-${Math.random().toString(36).slice(2, 10)}`,
    threadId: 'thread-1',
    userId: 'user-1',
    userMessageId: 'um',
    assistantMessageId: 'am',
    message: 'hi',
    scene: null,
    pairKey: 'key-1',
    requestId: null,
    regenerate: false,
    createdAt: 1000,
    ...overrides,
  });

describe('createRunRegistry', () => {
  afterEach(() => vi.useRealTimers());

  it('should pair the other channel with a run for the same key, once', () => {
    let now = 1000;
    const registry = createRunRegistry({ graceMs: 60_000, pairWindowMs: 30_000, now: () => now });
    const run = makeRun();
    run.claims.add('socket');
    registry.add(run);
    now = 2000;
    expect(registry.pair('sse', 'key-1', null)).toBe(run);
    // Both channels have claimed it: the same message sent again is a new run.
    expect(registry.pair('sse', 'key-1', null)).toBeUndefined();
    expect(registry.pair('socket', 'key-1', null)).toBeUndefined();
  });

  it('should not pair after the pairing window', () => {
    let now = 1000;
    const registry = createRunRegistry({ graceMs: 60_000, pairWindowMs: 30_000, now: () => now });
    const run = makeRun();
    run.claims.add('socket');
    registry.add(run);
    now = 1000 + 30_001;
    expect(registry.pair('sse', 'key-1', null)).toBeUndefined();
  });

  it('should always join the run of a request id, and never pair a request-id run by text', () => {
    const registry = createRunRegistry({ graceMs: 60_000, pairWindowMs: 30_000, now: () => 1000 });
    const run = makeRun({ requestId: 'req-1' });
    run.claims.add('socket');
    registry.add(run);
    expect(registry.pair('sse', 'key-1', null)).toBeUndefined();
    expect(registry.pair('sse', 'key-1', 'req-1')).toBe(run);
    expect(registry.pair('sse', 'key-1', 'req-1')).toBe(run);
    expect(registry.pair('sse', 'key-1', 'req-2')).toBeUndefined();
  });

  it('should find each of many runs of one text by its request id, and not once dropped', () => {
    vi.useFakeTimers();
    const registry = createRunRegistry({ graceMs: 10, pairWindowMs: 30_000, now: () => 1000 });
    const runs = ['a', 'b', 'c'].map((id) => makeRun({ requestId: `req-${id}` }));
    for (const run of runs) registry.add(run);
    expect(runs.map((run) => registry.pair('sse', 'key-1', run.init.requestId))).toEqual(runs);
    const [first] = runs as [LocalRun];
    first.finish('complete', 1000);
    registry.retire(first);
    vi.advanceTimersByTime(20);
    expect(registry.pair('sse', 'key-1', 'req-a')).toBeUndefined();
    expect(registry.pair('sse', 'key-1', 'req-b')).toBe(runs[1]);
  });

  it('should keep an ended run for the grace period, then drop it', () => {
    vi.useFakeTimers();
    const registry = createRunRegistry({
      graceMs: 5000,
      pairWindowMs: 30_000,
      now: () => Date.now(),
    });
    const run = makeRun();
    registry.add(run);
    expect(registry.activeInThread('thread-1')).toBe(run);
    run.finish('complete', Date.now());
    registry.retire(run);
    expect(registry.activeInThread('thread-1')).toBeUndefined();
    vi.advanceTimersByTime(4999);
    expect(registry.get(run.id)).toBe(run);
    vi.advanceTimersByTime(2);
    expect(registry.get(run.id)).toBeUndefined();
  });
});

describe('createRunRegistry indexes', () => {
  it('should count a user’s live runs, not ones stopping, ended, forgotten or another user’s', () => {
    vi.useFakeTimers();
    const registry = createRunRegistry({ graceMs: 10, pairWindowMs: 30_000, now: () => 0 });
    const [a, b, stopping, other] = [
      makeRun(),
      makeRun(),
      makeRun(),
      makeRun({ userId: 'user-2' }),
    ];
    for (const run of [a, b, stopping, other]) registry.add(run);
    stopping.abort.abort();
    expect(registry.liveRunsOf('user-1')).toBe(2);
    b.finish('complete', 0);
    registry.retire(b);
    expect(registry.liveRunsOf('user-1')).toBe(1);
    vi.advanceTimersByTime(20);
    expect(registry.get(b.id)).toBeUndefined();
    expect([registry.liveRunsOf('user-1'), registry.liveRunsOf('user-2')]).toEqual([1, 1]);
  });

  it('should pair only with runs of the same key, and forget a key with its last run', () => {
    vi.useFakeTimers();
    const registry = createRunRegistry({ graceMs: 10, pairWindowMs: 30_000, now: () => 1000 });
    const mine = makeRun({ pairKey: 'k-mine' });
    mine.claims.add('socket');
    registry.add(mine);
    registry.add(makeRun({ pairKey: 'k-other' }));
    expect(registry.pair('sse', 'k-none', null)).toBeUndefined();
    expect(registry.pair('sse', 'k-mine', null)).toBe(mine);
    mine.finish('complete', 1000);
    registry.retire(mine);
    vi.advanceTimersByTime(20);
    expect(registry.pair('socket', 'k-mine', null)).toBeUndefined();
  });
});

describe('createRunRegistry answered request ids', () => {
  it('should remember a dropped run’s request id for an hour, then forget it', () => {
    vi.useFakeTimers();
    const registry = createRunRegistry({ graceMs: 10, pairWindowMs: 1000, now: () => 0 });
    const run = makeRun({ pairKey: 'k', requestId: 'r-1' });
    registry.add(run);
    expect(registry.answeredRecently('k', 'r-1')).toBe(false);
    run.finish('complete', 0);
    registry.retire(run);
    vi.advanceTimersByTime(20);
    expect(registry.get(run.id)).toBeUndefined();
    expect([registry.answeredRecently('k', 'r-1'), registry.answeredRecently('k', 'r-2')]).toEqual([
      true,
      false,
    ]);
    vi.advanceTimersByTime(1000);
    expect(registry.answeredRecently('k', 'r-1')).toBe(true);
    vi.advanceTimersByTime(60 * 60_000);
    expect(registry.answeredRecently('k', 'r-1')).toBe(false);
  });
});

describe('Run', () => {
  it('should give a late subscriber the log so far, then live entries, without gaps or repeats', () => {
    const run = makeRun();
    run.append({ event: 'token', data: { content: 'a' } });
    run.append({ event: 'token', data: { content: 'b' } });
    const seen: number[] = [];
    run.subscribe(0, (entry) => seen.push(entry.index));
    run.append({ event: 'token', data: { content: 'c' } });
    expect(seen).toEqual([1, 2]);
  });

  it('should stop delivering after unsubscribe and after the run finished', () => {
    const run = makeRun();
    const seen: number[] = [];
    const unsubscribe = run.subscribe(-1, (entry) => seen.push(entry.index));
    run.append({ event: 'token', data: { content: 'a' } });
    unsubscribe();
    run.append({ event: 'token', data: { content: 'b' } });
    expect(seen).toEqual([0]);
    run.finish('complete', 1);
    const late: number[] = [];
    run.subscribe(-1, (entry) => late.push(entry.index));
    expect(late).toEqual([0, 1]);
    expect(run.subscriberCount).toBe(0);
  });
});
