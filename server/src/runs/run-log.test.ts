import { describe, expect, it } from 'vitest';
import { RunLog } from './run-log.js';

describe('RunLog', () => {
  it('should number entries from 0 and replay everything after an index', () => {
    const log = new RunLog();
    log.append({ event: 'thinking', data: { content: '' } });
    log.append({ event: 'token', data: { content: 'a' } });
    log.append({ event: 'token', data: { content: 'b' } });
    expect(log.after(-1).map((e) => e.index)).toEqual([0, 1, 2]);
    expect(log.after(0).map((e) => e.data)).toEqual(['{"content":"a"}', '{"content":"b"}']);
    expect(log.after(2)).toEqual([]);
    expect(log.after(99)).toEqual([]);
  });

  it('should count the bytes it holds', () => {
    const log = new RunLog();
    log.append({ event: 'token', data: { content: 'abc' } });
    expect(log.bytes).toBe('{"content":"abc"}'.length);
  });

  it('should hand live readers the message appended and replays an equal one parsed back', () => {
    const log = new RunLog();
    const message = { event: 'token', data: { content: 'line\none "two"' } } as const;
    const live = log.append(message);
    expect(live.message).toBe(message);
    const replayed = log.at(0);
    expect(replayed?.event).toBe('token');
    expect(replayed?.message).toEqual(message);
    expect(log.at(1)).toBeUndefined();
  });
});
