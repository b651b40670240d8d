import { describe, expect, it } from 'vitest';
import { formatEventId, parseEventId } from './event-id.js';

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
