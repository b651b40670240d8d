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
import { overlapArea } from './support/highlight-box.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

const PHONE = { width: 390, height: 844 };

describe('on a phone (390×844)', () => {
  let server: E2eServer;
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    app = await openApp(browser, server.url, { context });
    await waitForBody(app.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const boxes = () =>
    app.page.evaluate(() => {
      const box = (selector: string) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
      };
      return {
        canvas: box('.viewer canvas'),
        chat: box('.chat-column'),
        composer: box('#composer-input'),
        header: box('.app-header'),
        toolbars: box('.viewer-area__top'),
      };
    });

  it('should keep the model in sight while the answer streams, with slim toolbars', async () => {
    const { page } = app;
    await sendMessage(page, 'show me the rotator cuff from behind');
    await page.waitForFunction(() => window.__anatomyStore?.getState().run !== null);
    const during = await boxes();
    await saveScreenshot(page, 'phone-streaming');
    const { canvas, chat, composer, header, toolbars } = during;
    if (!canvas || !chat || !composer || !header || !toolbars) throw new Error('layout missing');
    // The canvas, whole on screen and uncovered by the chat, takes at least 35 % of the height.
    expect(canvas.height / PHONE.height).toBeGreaterThanOrEqual(0.35);
    expect(canvas.y).toBeGreaterThanOrEqual(0);
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(PHONE.height);
    expect(overlapArea(canvas, chat)).toBe(0);
    // The message box is on screen too.
    expect(composer.y + composer.height).toBeLessThanOrEqual(PHONE.height);
    // Header and the viewer's toolbars together: at most 10 % of the height.
    expect((header.height + toolbars.height) / PHONE.height).toBeLessThanOrEqual(0.1);
    await waitForAnswerEnd(page);
    await waitForCameraRest(page);
    await page.waitForTimeout(500);
    const stats = await canvasStats(page);
    await saveScreenshot(page, 'phone-answered');
    // The body's reaction (the rotator cuff lit up) is on the visible canvas.
    expect(stats.highlight / (stats.width * stats.height)).toBeGreaterThan(0.003);
  });

  it('should make the chat sheet taller by its handle and still leave 35 % to the model', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Show more of the chat' }).click();
    await page.waitForTimeout(300);
    const { canvas, chat } = await boxes();
    await saveScreenshot(page, 'phone-sheet-expanded');
    if (!canvas || !chat) throw new Error('layout missing');
    expect(canvas.height / PHONE.height).toBeGreaterThanOrEqual(0.35);
    expect(overlapArea(canvas, chat)).toBe(0);
    await page.getByRole('button', { name: 'Show more of the model' }).click();
  });
});
