import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../test-support/fake-event-source';
import { createRunStream, MAX_REATTACH, reattachDelay } from './run-stream';

describe('reattachDelay', () => {
  it('should double from half a second up to eight seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(reattachDelay)).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });
});

describe('createRunStream', () => {
  let sources: FakeEventSource[];
  let lost: string[];
  const last = () => sources.at(-1) as FakeEventSource;
  const fail = () => {
    last().readyState = 2;
    last().emit('error');
  };
  const make = (current = true) =>
    createRunStream(
      (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
      {
        onMessage: () => undefined,
        onStatus: () => undefined,
        isCurrent: () => current,
        reattachUrl: () => `/again/${sources.length}`,
        onLost: (key) => lost.push(key),
      },
    );

  beforeEach(() => {
    vi.useFakeTimers();
    sources = [];
    lost = [];
  });
  afterEach(() => vi.useRealTimers());

  it('should reattach after each failure and give up after the limit', () => {
    make().open('/first', 'a-1');
    for (let attempt = 0; attempt < MAX_REATTACH; attempt += 1) {
      fail();
      vi.advanceTimersByTime(reattachDelay(attempt));
    }
    expect(sources.map((s) => s.url)).toEqual([
      '/first',
      ...Array.from({ length: MAX_REATTACH }, (_, i) => `/again/${i + 1}`),
    ]);
    fail();
    expect(lost).toEqual(['a-1']);
  });

  it('should start counting again once a reattached stream opens', () => {
    make().open('/first', 'a-1');
    for (let round = 0; round < 3; round += 1) {
      for (let attempt = 0; attempt < MAX_REATTACH; attempt += 1) {
        fail();
        vi.advanceTimersByTime(reattachDelay(attempt));
      }
      last().emit('open');
    }
    expect(lost).toEqual([]);
  });

  it('should not reattach to a run that is no longer current', () => {
    make(false).open('/first', 'a-1');
    fail();
    vi.advanceTimersByTime(10_000);
    expect(sources).toHaveLength(1);
    expect(lost).toEqual([]);
  });
});
