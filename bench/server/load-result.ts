import type { LoadResult } from './load-client.js';

/** JSON turns NaN (no samples) into null; read it back as NaN. */
export const num = (value: number | null | undefined): number =>
  typeof value === 'number' ? value : Number.NaN;

/** What every report row says about delivery: nothing lost, repeated or generated twice. */
export const deliveryOf = (result: LoadResult) => ({
  lost: result.lostTokens + result.lostEvents,
  duplicated: result.duplicatedTokens + result.duplicatedEvents,
  doubleRuns: result.doubleRuns,
  completed: result.completed,
  refused: result.refused,
  errors: result.errors,
});
