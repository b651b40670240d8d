import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import {
  canvasStats,
  openApp,
  saveScreenshot,
  sendMessage,
  waitForAnswerEnd,
  waitForBody,
  waitForCameraRest,
  type AppPage,
} from './support/app-page.js';
import { highlightBox } from './support/highlight-box.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServerWith } from './support/start-e2e-server.js';

/** Page y (CSS pixels) of the centroid of each mesh of one part of a muscle, in the current view. */
const partCentroidsY = (page: Page, muscleId: string, part: string): Promise<number[]> =>
  page.evaluate(
    ({ id, name }) => {
      const anatomy = window.__anatomyStore?.getState().anatomy;
      const viewer = window.__anatomyViewer;
      const canvas = document.querySelector<HTMLCanvasElement>('.viewer canvas');
      if (!anatomy || !viewer || !canvas) throw new Error('no model on the page');
      const { camera } = viewer.three();
      camera.updateMatrixWorld();
      const times = (m: ArrayLike<number>, v: readonly number[]) =>
        [0, 1, 2, 3].map(
          (r) =>
            (m[r] ?? 0) * (v[0] ?? 0) +
            (m[4 + r] ?? 0) * (v[1] ?? 0) +
            (m[8 + r] ?? 0) * (v[2] ?? 0) +
            (m[12 + r] ?? 0) * (v[3] ?? 0),
        );
      const rect = canvas.getBoundingClientRect();
      return anatomy.parts
        .filter((p) => p.structureId === id && p.musclePart === name)
        .map((p) => {
          const clip = times(
            camera.projectionMatrix.elements,
            times(camera.matrixWorldInverse.elements, [...p.centroid, 1]),
          );
          const ndcY = (clip[1] ?? 0) / (clip[3] ?? 1);
          return rect.top + ((1 - ndcY) / 2) * rect.height;
        });
    },
    { id: muscleId, name: part },
  );

/** The highlighted pixels of a fresh frame: how many, and their page box. */
const highlighted = async (page: Page) => {
  const stats = await canvasStats(page);
  const box = await highlightBox(page);
  return { count: stats.highlight, top: box?.y ?? NaN, bottom: box ? box.y + box.height : NaN };
};

describe('parts of a muscle', () => {
  let server: Awaited<ReturnType<typeof startE2eServerWith>>;
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    // The offline guide itself, as students get it with no key.
    server = await startE2eServerWith(createAgentFromEnv({ OFFLINE_TOKEN_DELAY_MS: '2' }));
    browser = await launchBrowser();
    app = await openApp(browser, server.url);
    await waitForBody(app.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should light only the upper trapezius when asked for it', async () => {
    const { page } = app;
    await sendMessage(page, 'show me the upper trapezius');
    await waitForAnswerEnd(page);
    await page.waitForFunction(
      () =>
        window.__anatomyStore?.getState().scene.selection.trapezius?.parts?.join() === 'descending',
    );
    await waitForCameraRest(page);
    await page.waitForTimeout(400);
    await expect
      .poll(async () => (await highlighted(page)).count, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const upper = await highlighted(page);
    await saveScreenshot(page, 'muscle-parts-upper-trapezius');
    const middleY = await partCentroidsY(page, 'trapezius', 'transverse');
    const lowerY = await partCentroidsY(page, 'trapezius', 'ascending');
    expect(middleY).toHaveLength(2);
    expect(lowerY).toHaveLength(2);

    // The same view with the whole trapezius selected, for comparison.
    await page.evaluate(() => window.__anatomyStore?.getState().select(['trapezius']));
    await page.waitForTimeout(400);
    const whole = await highlighted(page);
    await saveScreenshot(page, 'muscle-parts-whole-trapezius');
    console.info(
      `[e2e] upper trapezius: ${upper.count} px, y ${upper.top.toFixed(0)}–${upper.bottom.toFixed(0)}; whole: ${whole.count} px, y ${whole.top.toFixed(0)}–${whole.bottom.toFixed(0)}; middle part centroids at y ${middleY.map((y) => y.toFixed(0)).join(', ')}`,
    );

    // Only the upper part lights: fewer pixels, all above the middle and lower parts' centres.
    expect(upper.count).toBeLessThan(whole.count * 0.7);
    for (const y of [...middleY, ...lowerY]) expect(upper.bottom).toBeLessThan(y);
    expect(whole.bottom).toBeGreaterThan(Math.max(...lowerY));
    const answer = await page.evaluate(
      () => window.__anatomyStore?.getState().messages.at(-1)?.text,
    );
    expect(answer).toMatch(/descending \(upper\) part of the trapezius/);
  });
});
