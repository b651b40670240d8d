import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasStats,
  openApp,
  saveScreenshot,
  waitForBody,
  type AppPage,
} from './support/app-page.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

describe('the 3D viewer', () => {
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

  it('should render the whole body in at most 3 draw calls', async () => {
    const stats = await canvasStats(app.page);
    await saveScreenshot(app.page, 'viewer-loaded');
    console.info(`[e2e] whole body: ${stats.drawCalls} draw calls, ${stats.triangles} triangles`);
    expect(stats.drawn / (stats.width * stats.height)).toBeGreaterThan(0.03);
    expect(stats.highlight).toBe(0);
    expect(stats.drawCalls).toBeLessThanOrEqual(3);
    expect(stats.triangles).toBeGreaterThan(300_000);
    expect(app.errors).toEqual([]);
    // Works offline: decoder, fonts and lights ship with the app; nothing comes from a CDN.
    const origin = new URL(server.url).origin;
    expect(
      app.requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
    expect(
      app.requests.some((url) => url.includes('/models/') && url.endsWith('body-full.glb')),
    ).toBe(true);
  });

  it('should select 50 muscles in well under a millisecond of script time', async () => {
    const timing = await app.page.evaluate(async () => {
      const store = window.__anatomyStore;
      if (!store) throw new Error('no store');
      const anatomy = store.getState().anatomy;
      const ids = (anatomy?.catalog.muscles ?? [])
        .filter((m) => m.hasMesh)
        .slice(0, 50)
        .map((m) => m.id);
      const runs: number[] = [];
      for (let i = 0; i < 15; i += 1) {
        store.getState().clearSelection();
        const start = performance.now();
        store.getState().select(ids);
        runs.push(performance.now() - start);
      }
      runs.sort((a, b) => a - b);
      const frameStart = performance.now();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return {
        count: ids.length,
        median: runs[7] ?? 0,
        max: runs.at(-1) ?? 0,
        untilFrame: performance.now() - frameStart,
      };
    });
    console.info(
      `[e2e] select ${timing.count} muscles: median ${timing.median.toFixed(3)} ms, max ${timing.max.toFixed(3)} ms (store update + part-state texture)`,
    );
    expect(timing.count).toBe(50);
    expect(timing.median).toBeLessThan(1);
    const stats = await canvasStats(app.page);
    await saveScreenshot(app.page, 'viewer-50-selected');
    expect(stats.highlight).toBeGreaterThan(2000);
    expect(stats.drawCalls).toBeLessThanOrEqual(3);
  });

  it('should draw x-ray in at most 6 calls and keep the selection opaque', async () => {
    await app.page.getByRole('checkbox', { name: 'X-ray' }).check();
    const stats = await canvasStats(app.page);
    await saveScreenshot(app.page, 'viewer-xray');
    expect(stats.drawCalls).toBeLessThanOrEqual(6);
    expect(stats.highlight).toBeGreaterThan(2000);
    await app.page.getByRole('checkbox', { name: 'X-ray' }).uncheck();
    await app.page.evaluate(() => window.__anatomyStore?.getState().clearSelection());
  });

  it('should name the structure under the pointer and select it on click', async () => {
    const { page } = app;
    const canvas = page.locator('.viewer canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    // The chest, a little left of the sternum on screen (the body's right).
    const x = box.x + box.width * 0.46;
    const y = box.y + box.height * 0.31;
    await page.mouse.move(x, y);
    await page.mouse.move(x + 2, y + 1);
    await page.waitForFunction(() => {
      const tip = document.querySelector<HTMLElement>('.viewer__tooltip');
      return tip !== null && tip.style.opacity === '1' && (tip.textContent ?? '') !== '';
    });
    const name = await page.locator('.viewer__tooltip').textContent();
    await saveScreenshot(page, 'viewer-hover');
    await page.mouse.click(x + 2, y + 1);
    const selected = await page.evaluate(() =>
      Object.keys(window.__anatomyStore?.getState().scene.selection ?? {}),
    );
    expect(selected).toHaveLength(1);
    expect(name?.toLowerCase()).toContain('(right)');
    const stats = await canvasStats(page);
    expect(stats.highlight).toBeGreaterThan(200);
    await expect.poll(() => page.locator('.info-card h2').textContent()).not.toBeNull();
  });

  it('should find muscles by fuzzy search and show their facts', async () => {
    const { page } = app;
    const search = page.getByRole('searchbox', { name: 'Search muscles' });
    await search.fill('bicep brachi');
    await page
      .getByRole('button', { name: /Biceps brachii/ })
      .first()
      .click();
    const card = page.locator('.info-card');
    await expect.poll(() => card.locator('h2').textContent()).toBe('Biceps brachii');
    const text = await card.textContent();
    expect(text).toContain('Origin');
    expect(text).toContain('Insertion');
    expect(text).toContain('Innervation');
    expect(text).toContain('Flexion of the elbow');
    const selection = await page.evaluate(() => window.__anatomyStore?.getState().scene.selection);
    expect(Object.keys(selection ?? {})).toEqual(['biceps-brachii']);
    await page.waitForTimeout(1500);
    await saveScreenshot(page, 'viewer-search-biceps');

    await search.fill('masseter');
    await page
      .getByRole('button', { name: /Masseter/ })
      .first()
      .click();
    await expect.poll(() => card.textContent()).toContain('Not in this 3D model');
  });

  it('should hide a layer with its toggle', async () => {
    const { page } = app;
    const before = await canvasStats(page);
    await page.getByRole('checkbox', { name: 'Muscles' }).uncheck();
    const after = await canvasStats(page);
    await saveScreenshot(page, 'viewer-bones-only');
    expect(after.drawn).toBeLessThan(before.drawn * 0.8);
    await page.getByRole('checkbox', { name: 'Muscles' }).check();
    expect(app.errors).toEqual([]);
  });

  it('should be usable by keyboard: skip link to the message box, arrow keys in the list', async () => {
    const { page } = app;
    // The skip link is the page's first tab stop; earlier tests left the focus elsewhere.
    const first = await page.evaluate(
      () => document.querySelector('a, button, input, textarea')?.className,
    );
    expect(first).toBe('skip-link');
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('composer-input');
    const search = page.getByRole('searchbox', { name: 'Search muscles' });
    await search.fill('deltoid');
    await expect
      .poll(() => page.locator('.browser-item__name').first().textContent())
      .toBe('Deltoid');
    await search.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('browser-item');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(window.__anatomyStore?.getState().scene.selection ?? {})),
      )
      .toEqual(['deltoid']);
  });

  it('should collapse the panels into drawers on a narrow screen', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 820, height: 900 });
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'narrow-viewer');
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    // The drawer slides in from the right edge.
    await expect
      .poll(async () => (await page.locator('.chat-column').boundingBox())?.x ?? 9999, {
        timeout: 10_000,
      })
      .toBeLessThan(820 - 300);
    await expect.poll(() => page.getByRole('textbox', { name: 'Message' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'narrow-chat');
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(app.errors).toEqual([]);
  });
});
