import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasStats,
  openApp,
  saveScreenshot,
  sendMessage,
  waitForBody,
  waitForCameraRest,
  type AppPage,
} from './support/app-page.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

/** Share of the canvas's pixels drawn in the selection's highlight colour. */
const highlightShare = async (page: Page): Promise<number> => {
  const stats = await canvasStats(page);
  return stats.highlight / (stats.width * stats.height);
};

/** Waits until the view has judged what covers the selection (after the camera rests). */
const settle = async (page: Page): Promise<void> => {
  await waitForCameraRest(page);
  await page.waitForTimeout(400);
};

const fadedNow = (page: Page) =>
  page.evaluate(() => window.__anatomyStore?.getState().fade ?? { covered: [], faded: [] });

describe('deep muscles', () => {
  let server: E2eServer;
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    app = await openApp(browser, server.url);
    await waitForBody(app.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Selects `id` seen from `view` (the whole body, or framed on the muscle as a tour does). */
  const selectFrom = async (view: string, id: string, framed = false) => {
    const { page } = app;
    await page.evaluate(
      ({ v, muscle, frame }) => {
        const store = window.__anatomyStore?.getState();
        store?.clearSelection();
        if (frame) store?.focusOn([muscle], { view: v as 'posterior' });
        else store?.setView(v as 'posterior', 0);
      },
      { v: view, muscle: id, frame: framed },
    );
    await settle(page);
    const before = await highlightShare(page);
    await page.evaluate((muscle) => window.__anatomyStore?.getState().select([muscle]), id);
    await settle(page);
    await expect.poll(() => highlightShare(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const after = await highlightShare(page);
    await saveScreenshot(page, `deep-${id}-${view}`);
    return { before, after };
  };

  it('should show the subscapularis from behind by fading only what covers it', async () => {
    const { before, after } = await selectFrom('posterior', 'subscapularis', true);
    console.info(`[e2e] subscapularis from behind: ${(after * 100).toFixed(2)} % highlighted`);
    expect(before).toBe(0);
    expect(after).toBeGreaterThanOrEqual(0.003);
    const fade = await fadedNow(app.page);
    const cost = await app.page.evaluate(() => window.__anatomyViewer?.fadeStats());
    console.info(
      `[e2e] occlusion fade for the subscapularis: ${cost?.ms.toFixed(1)} ms script time, ${cost?.rays} rays, ${cost?.faded} parts faded`,
    );
    expect(fade.covered).toEqual(['subscapularis']);
    expect(fade.faded).toContain('scapula');
    // Only the occluders fade, not the whole body.
    expect(fade.faded.length).toBeLessThan(20);
    await expect
      .poll(() => app.page.locator('.fade-caption').textContent())
      .toMatch(/Subscapularis is covered: .* faded\./);
  });

  it('should show the supraspinatus from behind (framed on it, as the tour does)', async () => {
    const { after } = await selectFrom('posterior', 'supraspinatus', true);
    console.info(`[e2e] supraspinatus from behind: ${(after * 100).toFixed(2)} % highlighted`);
    expect(after).toBeGreaterThanOrEqual(0.003);
    expect((await fadedNow(app.page)).faded).toContain('trapezius');
  });

  it('should show the vastus intermedius from the front', async () => {
    const { after } = await selectFrom('anterior', 'vastus-intermedius');
    console.info(
      `[e2e] vastus intermedius from the front: ${(after * 100).toFixed(2)} % highlighted`,
    );
    expect(after).toBeGreaterThanOrEqual(0.003);
  });

  it('should fade nothing for a muscle on the surface', async () => {
    await selectFrom('anterior', 'biceps-brachii');
    const fade = await fadedNow(app.page);
    expect(fade.faded).toEqual([]);
    expect(await app.page.locator('.fade-caption').count()).toBe(0);
  });

  it('should show the deep step of a tour (subscapularis from the front)', async () => {
    const { page } = app;
    await page.evaluate(() => window.__anatomyStore?.getState().clearSelection());
    await sendMessage(page, 'give me a tour of the rotator cuff');
    await page.waitForFunction(() => window.__anatomyStore?.getState().scene.tour !== null);
    await page.evaluate(() => {
      const store = window.__anatomyStore?.getState();
      store?.tourSetPlaying(false);
      store?.tourGo(3);
    });
    await settle(page);
    await expect.poll(() => highlightShare(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const share = await highlightShare(page);
    await saveScreenshot(page, 'deep-tour-subscapularis');
    console.info(`[e2e] tour step 4 (subscapularis): ${(share * 100).toFixed(2)} % highlighted`);
    expect(share).toBeGreaterThanOrEqual(0.003);
    expect(await page.locator('.fade-caption').textContent()).toContain('Subscapularis');
  });
});
