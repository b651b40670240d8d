import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  saveScreenshot,
  sendMessage,
  waitForAnswerEnd,
  waitForBody,
  waitForCameraRest,
  type AppPage,
} from './support/app-page.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

describe('accessibility (axe-core: no serious or critical violations)', () => {
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

  const check = async (state: string) => {
    const problems = await seriousAxeViolations(app.page);
    await saveScreenshot(app.page, `a11y-${state}`);
    console.info(`[e2e] axe, ${state}: ${JSON.stringify(problems)}`);
    expect(problems, state).toEqual([]);
  };

  it('should pass on a fresh page', async () => {
    await check('fresh');
  });

  it('should pass after an answer, and announce the scene change in words', async () => {
    const { page } = app;
    await sendMessage(page, 'show me the rotator cuff from behind');
    await waitForAnswerEnd(page);
    await waitForCameraRest(page);
    await expect
      .poll(() => page.locator('[data-scene-announcer]').textContent())
      .toMatch(/Selected: .*infraspinatus.*\. View: from behind\./i);
    expect(await page.locator('[data-scene-announcer]').getAttribute('aria-live')).toBe('polite');
    await check('answered');
  });

  it('should pass with the info card open', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Infraspinatus', exact: true }).first().click();
    await expect.poll(() => page.locator('.info-card h2').textContent()).toBe('Infraspinatus');
    await check('info-card');
  });

  it('should pass during a tour', async () => {
    const { page } = app;
    await sendMessage(page, 'give me a tour of the rotator cuff');
    await page.waitForFunction(() => window.__anatomyStore?.getState().scene.tour !== null);
    await waitForAnswerEnd(page);
    await check('tour');
    await page.evaluate(() => window.__anatomyStore?.getState().tourClose());
  });

  it('should pass on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const phone = await openApp(browser, server.url, { context });
    await waitForBody(phone.page);
    const problems = await seriousAxeViolations(phone.page);
    await saveScreenshot(phone.page, 'a11y-phone');
    console.info(`[e2e] axe, phone: ${JSON.stringify(problems)}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
