/** A process's counters from /proc: CPU ticks (user + system), and bytes and calls written. */
export type ProcCounters = { cpuTicks: number; writtenBytes: number; writeCalls: number };

export type CostPerToken = { cpuUs: number; bytes: number; writes: number };

/**
 * What each token cost a target between two readings: CPU µs (all its threads), bytes it wrote
 * (sockets and disk alike: /proc's wchar) and write calls. Ticks are 1/100 s on Linux.
 */
export const costPerToken = (
  before: ProcCounters,
  after: ProcCounters,
  tokens: number,
  ticksPerSecond = 100,
): CostPerToken => {
  if (tokens <= 0) return { cpuUs: Number.NaN, bytes: Number.NaN, writes: Number.NaN };
  return {
    cpuUs: (((after.cpuTicks - before.cpuTicks) / ticksPerSecond) * 1e6) / tokens,
    bytes: (after.writtenBytes - before.writtenBytes) / tokens,
    writes: (after.writeCalls - before.writeCalls) / tokens,
  };
};
