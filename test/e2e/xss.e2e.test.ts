import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  saveScreenshot,
  sendMessage,
  waitForAnswerEnd,
  type AppPage,
} from './support/app-page.js';
import { xssPayloads } from './support/e2e-scripts.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('script in messages', () => {
  let server: E2eServer;
  let browser: Browser;
  let app: AppPage;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    app = await openApp(browser, server.url);
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should render an XSS payload in the question and the answer as inert text', async () => {
    const { page } = app;
    await sendMessage(
      page,
      `What is this? <img src=x onerror="window.__xss = 9"> [x](javascript:alert(1))`,
    );
    await waitForAnswerEnd(page);
    // Give a late onerror or a deferred script every chance to run.
    await page.waitForTimeout(500);

    // Follow every link the chat shows, as a student clicking around would.
    const hrefs = await page.$$eval('a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const link of await page.$$('[aria-live] a, main a, article a'))
      await link.click({ trial: false }).catch(() => undefined);
    await page.waitForTimeout(200);

    const result = await page.evaluate(() => ({
      flag: window.__xss,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) =>
        s.textContent?.includes('__xss'),
      ).length,
      text: document.body.innerText,
    }));
    await saveScreenshot(page, 'xss-inert');

    expect(result.flag).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(result.injectedImages).toBe(0);
    expect(result.scripts).toBe(0);
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    // The question is shown as the student typed it.
    expect(result.text).toContain('<img src=x onerror="window.__xss = 9">');
    expect(xssPayloads.length).toBeGreaterThan(0);
  });
});
