import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  saveScreenshot,
  sendMessage,
  waitForBody,
  waitForCameraRest,
  type AppPage,
} from './support/app-page.js';
import { highlightBox, overlapArea, type PageBox } from './support/highlight-box.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

const boxOf = async (app: AppPage, selector: string): Promise<PageBox> => {
  const box = await app.page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return box;
};

describe('framing around the overlays', () => {
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

  it('should keep every step of a tour clear of the tour card, the chips and the toolbars', async () => {
    const { page } = app;
    await sendMessage(page, 'give me a tour of the rotator cuff');
    await page.waitForFunction(() => window.__anatomyStore?.getState().scene.tour !== null);
    await page.evaluate(() => window.__anatomyStore?.getState().tourSetPlaying(false));
    for (let step = 0; step < 4; step += 1) {
      await page.evaluate((index) => window.__anatomyStore?.getState().tourGo(index), step);
      await waitForCameraRest(page);
      await page.waitForTimeout(400);
      // A covered step shows once what covers it has faded.
      await expect.poll(() => highlightBox(page), { timeout: 10_000 }).not.toBeNull();
      const selected = await highlightBox(page);
      await saveScreenshot(page, `framing-tour-step-${step + 1}`);
      if (!selected) throw new Error(`step ${step + 1}: nothing highlighted`);
      const card = await boxOf(app, '.tour-bar');
      const chips = await boxOf(app, '.selection-summary');
      const views = await boxOf(app, '.viewer-area__top .toolbar >> nth=0');
      const area = selected.width * selected.height;
      console.info(
        `[e2e] tour step ${step + 1}: selection ${JSON.stringify(selected)}, card top ${card.y}`,
      );
      for (const [name, overlay] of [
        ['tour card', card],
        ['chips', chips],
        ['view toolbar', views],
      ] as const)
        expect(overlapArea(selected, overlay) / area, `step ${step + 1} under the ${name}`).toBe(0);
    }
  });
});
