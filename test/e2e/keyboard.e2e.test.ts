import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  saveScreenshot,
  waitForBody,
  waitForCameraRest,
  type AppPage,
} from './support/app-page.js';
import { canvasPixels, changedShare } from './support/canvas-pixels.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

const distance = (app: AppPage) =>
  app.page.evaluate(() => {
    const pose = window.__anatomyStore?.getState().cameraPose;
    if (!pose) return 0;
    const [px, py, pz] = pose.position;
    const [tx, ty, tz] = pose.target;
    return Math.hypot(px - tx, py - ty, pz - tz);
  });

const focused = (app: AppPage) =>
  app.page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.className || active?.tagName || '';
  });

describe('the viewer by keyboard', () => {
  let server: E2eServer;
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    app = await openApp(browser, server.url);
    await waitForBody(app.page);
    await waitForCameraRest(app.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should reach the viewer by Tab right after the message box, then the panels', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Message' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(app)).toBe('viewer');
    await page.keyboard.press('Tab');
    // Then the viewer's own toolbars, and the panels after them.
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('.viewer-area, .side-panel')?.className,
      ),
    ).toContain('viewer-area');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(app)).toBe('viewer');
  });

  it('should rotate with the arrow keys and zoom with plus and minus', async () => {
    const { page } = app;
    const before = await canvasPixels(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForCameraRest(page);
    const turned = await canvasPixels(page);
    await saveScreenshot(page, 'keyboard-rotated');
    const share = changedShare(before, turned);
    console.info(`[e2e] two presses of ←: ${(share * 100).toFixed(1)} % of the canvas changed`);
    expect(share).toBeGreaterThan(0.02);

    await page.waitForTimeout(400);
    const far = await distance(app);
    await page.keyboard.press('+');
    await waitForCameraRest(page);
    await page.waitForTimeout(400);
    const near = await distance(app);
    expect(near).toBeLessThan(far * 0.95);
    await page.keyboard.press('-');
    await waitForCameraRest(page);
    await page.waitForTimeout(400);
    expect(await distance(app)).toBeGreaterThan(near * 1.05);
  });

  it('should go through the selection with N (and back with Shift+N), opening each card', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const store = window.__anatomyStore?.getState();
      store?.select(['supraspinatus', 'infraspinatus', 'teres-minor']);
      store?.inspect(null);
    });
    await page.locator('.viewer').focus();
    const card = page.locator('.info-card h2');
    await page.keyboard.press('n');
    await expect.poll(() => card.textContent()).toBe('Supraspinatus');
    await page.keyboard.press('n');
    await expect.poll(() => card.textContent()).toBe('Infraspinatus');
    const goal = await page.evaluate(() => window.__anatomyStore?.getState().scene.camera.focus);
    expect(goal?.muscleIds).toEqual(['infraspinatus']);
    await page.keyboard.press('Shift+N');
    await expect.poll(() => card.textContent()).toBe('Supraspinatus');
    await waitForCameraRest(page);
    await saveScreenshot(page, 'keyboard-next-in-selection');
    expect(app.errors).toEqual([]);
  });
});
