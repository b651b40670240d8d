import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

const tourState = (app: AppPage) =>
  app.page.evaluate(() => {
    const scene = window.__anatomyStore?.getState().scene;
    return {
      index: scene?.tour?.index ?? null,
      playing: scene?.tour?.playing ?? null,
      selection: Object.keys(scene?.selection ?? {}),
      view: scene?.camera.view ?? null,
    };
  });

describe('a tour', () => {
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

  it('should play step by step with captions, and obey pause, next and previous', async () => {
    const { page } = app;
    await sendMessage(page, 'give me a tour of the rotator cuff');
    const bar = page.getByRole('region', { name: 'Tour: Rotator cuff' });
    await expect
      .poll(() => bar.locator('.tour-bar__caption').textContent())
      .toContain('Supraspinatus');
    expect(await tourState(app)).toMatchObject({
      index: 0,
      playing: true,
      selection: ['supraspinatus'],
      view: 'posterior',
    });
    await waitForAnswerEnd(page);

    // It advances by itself after the step's duration (4 s).
    await expect.poll(async () => (await tourState(app)).index, { timeout: 12_000 }).toBe(1);
    expect((await tourState(app)).selection).toEqual(['infraspinatus']);
    await expect
      .poll(() => bar.locator('.tour-bar__caption').textContent())
      .toContain('Infraspinatus');

    await bar.getByRole('button', { name: 'Pause' }).click();
    expect((await tourState(app)).playing).toBe(false);
    await waitForCameraRest(page);
    // Infraspinatus lies on the surface from behind: the highlight shows.
    expect((await canvasStats(page)).highlight).toBeGreaterThan(1000);
    await saveScreenshot(page, 'tour-step-2');
    await page.waitForTimeout(4500);
    expect((await tourState(app)).index).toBe(1);

    await bar.getByRole('button', { name: 'Next' }).click();
    expect(await tourState(app)).toMatchObject({
      index: 2,
      selection: ['teres-minor'],
      view: 'posterolateral-right',
    });
    await waitForCameraRest(page);
    await saveScreenshot(page, 'tour-step-3');
    await bar.getByRole('button', { name: 'Previous' }).click();
    expect((await tourState(app)).index).toBe(1);
  });

  it('should pause when the user moves the camera instead of fighting it', async () => {
    const { page } = app;
    const bar = page.getByRole('region', { name: 'Tour: Rotator cuff' });
    await bar.getByRole('button', { name: 'Play' }).click();
    expect((await tourState(app)).playing).toBe(true);
    const box = await page.locator('.viewer canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.52, { steps: 6 });
    await page.mouse.up();
    expect((await tourState(app)).playing).toBe(false);
    await bar.getByRole('button', { name: 'Close the tour' }).click();
    expect((await tourState(app)).index).toBeNull();
    expect(app.errors).toEqual([]);
  });
});
