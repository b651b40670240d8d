import { describe, expect, it } from 'vitest';
import { costPerToken } from './cost-per-token.js';

describe('costPerToken', () => {
  it('should divide what the target used between two readings by the tokens streamed', () => {
    const before = { cpuTicks: 100, writtenBytes: 1_000, writeCalls: 10 };
    const after = { cpuTicks: 150, writtenBytes: 201_000, writeCalls: 2_010 };
    expect(costPerToken(before, after, 1000)).toEqual({ cpuUs: 500, bytes: 200, writes: 2 });
  });

  it('should give no figure without tokens', () => {
    const zero = { cpuTicks: 0, writtenBytes: 0, writeCalls: 0 };
    expect(costPerToken(zero, zero, 0).cpuUs).toBeNaN();
  });
});
