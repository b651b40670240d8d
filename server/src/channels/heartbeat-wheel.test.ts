import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHeartbeatWheel, heartbeatWheel } from './heartbeat-wheel.js';

describe('createHeartbeatWheel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const member = () => {
    const m = { wroteSinceLastBeat: false, beats: 0, beat: () => (m.beats += 1) };
    return m;
  };

  it('should beat every silent stream once an interval, and skip one that wrote meanwhile', () => {
    const wheel = createHeartbeatWheel(100);
    const silent = member();
    const busy = member();
    wheel.add(silent);
    wheel.add(busy);
    busy.wroteSinceLastBeat = true;
    vi.advanceTimersByTime(100);
    expect([silent.beats, busy.beats]).toEqual([1, 0]);
    vi.advanceTimersByTime(100);
    expect([silent.beats, busy.beats]).toEqual([2, 1]);
  });

  it('should stop beating a removed stream, and run no timer once none is left', () => {
    const wheel = createHeartbeatWheel(100);
    const one = member();
    const remove = wheel.add(one);
    remove();
    vi.advanceTimersByTime(300);
    expect(one.beats).toBe(0);
    expect(wheel.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('should share one wheel per interval', () => {
    expect(heartbeatWheel(15_000)).toBe(heartbeatWheel(15_000));
    expect(heartbeatWheel(15_000)).not.toBe(heartbeatWheel(10_000));
  });
});
