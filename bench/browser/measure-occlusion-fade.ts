import type { Page } from 'playwright-core';

/** The cost of keeping one covered muscle in sight: ray casts after its selection. */
export interface OcclusionFadeFigure {
  muscle: string;
  view: string;
  /** Script time of finding what covers it and fading it (one run, after the camera rests). */
  ms: number;
  rays: number;
  faded: number;
}

const cases = [
  { muscle: 'subscapularis', view: 'posterior' },
  { muscle: 'supraspinatus', view: 'posterior' },
  { muscle: 'vastus-intermedius', view: 'anterior' },
] as const;

/**
 * Selects deep muscles one at a time in the app's page, each from a view where others cover it,
 * and reads the fade's own timing (`__anatomyViewer.fadeStats()`) once it has run.
 */
export const measureOcclusionFade = async (page: Page): Promise<OcclusionFadeFigure[]> => {
  const figures: OcclusionFadeFigure[] = [];
  for (const { muscle, view } of cases) {
    await page.evaluate(
      ({ id, named }) => {
        const store = window.__anatomyStore?.getState();
        store?.clearSelection();
        store?.setView(named as 'posterior', 0);
        store?.select([id]);
      },
      { id: muscle, named: view },
    );
    await page.waitForFunction(
      (id) => window.__anatomyStore?.getState().fade.covered.includes(id) ?? false,
      muscle,
      { timeout: 15_000, polling: 100 },
    );
    const stats = await page.evaluate(() => window.__anatomyViewer?.fadeStats());
    figures.push({
      muscle,
      view,
      ms: stats?.ms ?? Number.NaN,
      rays: stats?.rays ?? 0,
      faded: stats?.faded ?? 0,
    });
  }
  await page.evaluate(() => window.__anatomyStore?.getState().clearSelection());
  return figures;
};
