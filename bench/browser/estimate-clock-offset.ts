import type { Page } from 'playwright-core';
import { nowMicros } from '../clock.js';

/** How far the page's clock is ahead of this process's, and how sure that is (both ms). */
export interface ClockOffset {
  offsetMs: number;
  /** Half the shortest round trip: the offset is right to within this. */
  uncertaintyMs: number;
}

/**
 * Both sides read `performance.timeOrigin + performance.now()`, but each process fixes its time
 * origin on its own, so the two can disagree by a few ms. Reads the page's clock between two
 * of ours and keeps the sample with the shortest round trip (the NTP way).
 */
export const estimateClockOffset = async (page: Page, samples = 15): Promise<ClockOffset> => {
  let best: ClockOffset = { offsetMs: 0, uncertaintyMs: Infinity };
  for (let i = 0; i < samples; i += 1) {
    const before = nowMicros() / 1000;
    const pageNow = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = nowMicros() / 1000;
    const uncertaintyMs = (after - before) / 2;
    if (uncertaintyMs < best.uncertaintyMs)
      best = { offsetMs: pageNow - (before + after) / 2, uncertaintyMs };
  }
  return best;
};
