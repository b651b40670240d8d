import { describe, expect, it } from 'vitest';
import { formatEventId, parseEventId, RunLog } from './run-log.js';

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
});

describe('parseEventId', () => {
  it('should read back what formatEventId wrote', () => {
    const runId = '0b6f6a9e-6f55-4a4e-9d0b-3c1f2a1b9c11';
    expect(parseEventId(formatEventId(runId, 42))).toEqual({ runId, index: 42 });
  });

  it('should reject ids that are not ours', () => {
    for (const bad of [
      undefined,
      '',
      'none:0',
      'abc',
      'x'.repeat(80) + ':1',
      'validrunid:-1',
      'validrunid:1e3',
      "validrunid:1'--",
    ]) {
      expect(parseEventId(bad)).toBeNull();
    }
  });
});
