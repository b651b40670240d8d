import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cameraPosition,
  canvasStats,
  openApp,
  saveScreenshot,
  waitForBody,
  waitForCameraRest,
  type AppPage,
} from './support/app-page.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

const sceneOf = (app: AppPage) =>
  app.page.evaluate(() => {
    const scene = window.__anatomyStore?.getState().scene;
    return {
      selection: scene?.selection,
      isolated: scene?.isolated,
      layers: scene?.layers,
      xray: scene?.xray,
      inspected: scene?.inspected,
    };
  });

describe('a view shared as a link', () => {
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

  it('should open exactly that view in a fresh browser, without the conversation', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const store = window.__anatomyStore?.getState();
      store?.select(['infraspinatus'], { side: 'right' });
      store?.select(['teres-minor'], { side: 'both', mode: 'add', color: '#ff8800' });
      store?.setLayer('bones', false);
      store?.inspect('infraspinatus');
      store?.setView('posterolateral-right', 0);
    });
    await waitForCameraRest(page);
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link).toMatch(/#view=/);
    expect(link).not.toContain('thread');
    const shared = await sceneOf(app);
    const sharedCamera = await cameraPosition(page);
    await saveScreenshot(page, 'share-source');

    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    const fresh = await openApp(browser, server.url, {
      context,
      path: link.slice(server.url.length),
    });
    await waitForBody(fresh.page);
    await waitForCameraRest(fresh.page);
    await fresh.page.waitForTimeout(400);
    expect(await sceneOf(fresh)).toEqual(shared);
    const camera = await cameraPosition(fresh.page);
    expect(Math.hypot(...camera.map((c, i) => c - (sharedCamera[i] ?? 0)))).toBeLessThan(0.05);
    expect((await canvasStats(fresh.page)).highlight).toBeGreaterThan(200);
    expect(await fresh.page.locator('.info-card h2').textContent()).toBe('Infraspinatus');
    // No conversation came along, and the address no longer holds the view.
    expect(await fresh.page.locator('.message').count()).toBe(0);
    expect(fresh.page.url()).not.toContain('#view=');
    await saveScreenshot(fresh.page, 'share-restored');
    expect(fresh.errors).toEqual([]);
    await context.close();
  });

  it('should open the default view with a short notice for a stale or broken link', async () => {
    const stale = Buffer.from(
      JSON.stringify({
        v: 1,
        sel: [{ id: 'no-such-muscle', side: 'both' }],
        layers: { muscles: true, bones: true, other: true },
        xray: { on: false, opacity: 0.3 },
      }),
    ).toString('base64url');
    for (const hash of [
      `#view=${stale}`,
      '#view=not-a-view',
      `#view=${Buffer.from('{"v":2}').toString('base64url')}`,
    ]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const fresh = await openApp(browser, server.url, { context, path: `/${hash}` });
      await expect
        .poll(() => fresh.page.locator('.notice').textContent())
        .toMatch(/This link to a view could not be opened .*default view/);
      expect(Object.keys((await sceneOf(fresh)).selection ?? {})).toEqual([]);
      expect(fresh.errors).toEqual([]);
      await context.close();
    }
  });
});
