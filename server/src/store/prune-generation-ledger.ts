import type { Logger } from '../logger.js';
import type { GenerationLedger } from './generation-ledger.js';

const HOUR_MS = 60 * 60_000;
/** The daily quotas look back 24 hours; two days leave room for clocks and time zones. */
const KEEP_MS = 48 * HOUR_MS;

/** Prunes the ledger now and every hour; returns the stop function. */
export const pruneGenerationLedger = (
  ledger: GenerationLedger,
  now: () => number,
  log: Logger,
): (() => void) => {
  const prune = () =>
    void ledger
      .prune(new Date(now() - KEEP_MS))
      .catch((error: unknown) => log.warn({ err: error }, 'could not prune the generation ledger'));
  prune();
  const timer = setInterval(prune, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
};
