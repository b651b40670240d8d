import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  saveScreenshot,
  sendMessage,
  waitForAnswerEnd,
  type AppPage,
} from './support/app-page.js';
import { slowText } from './support/e2e-scripts.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

const lastAnswer = (app: AppPage) =>
  app.page.evaluate(() => {
    const state = window.__anatomyStore?.getState();
    return {
      count: state?.messages.length ?? 0,
      text: state?.messages.at(-1)?.text ?? '',
      status: state?.messages.at(-1)?.status ?? null,
      selection: Object.keys(state?.scene.selection ?? {}),
    };
  });

describe('resuming an answer', () => {
  let server: E2eServer;
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    app = await openApp(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should continue after a reload mid-answer with no text lost or repeated', async () => {
    const { page } = app;
    await sendMessage(page, 'tell me everything about the quadriceps, slowly');
    await page.waitForFunction(
      () => (window.__anatomyStore?.getState().messages.at(-1)?.text.length ?? 0) > 60,
    );
    const before = await lastAnswer(app);
    expect(before.status).toBe('streaming');
    expect(slowText.startsWith(before.text)).toBe(true);

    await page.reload();
    await page.waitForFunction(() => window.__anatomyStore !== undefined);
    // The restored answer shows at once, before any new token.
    const restored = await lastAnswer(app);
    expect(restored.text.length).toBeGreaterThanOrEqual(before.text.length);
    expect(slowText.startsWith(restored.text)).toBe(true);
    await saveScreenshot(page, 'resume-after-reload');

    await waitForAnswerEnd(page, 40_000);
    const after = await lastAnswer(app);
    expect(after.text).toBe(slowText);
    expect(after.status).toBe('complete');
    expect(after.count).toBe(2);
    expect(after.selection).toEqual(['rectus-femoris', 'vastus-lateralis', 'vastus-medialis']);
    // One run: the reload attached to it, it did not start the answer again.
    expect(server.agent.calls).toHaveLength(1);
    await expect
      .poll(() => page.locator('.message--assistant .markdown').last().textContent())
      .toContain('told slowly on purpose');
    console.info(app.errors.join('\n'));
    expect(app.errors).toEqual([]);
  });

  it('should show the same conversation after a reload once the answer is done', async () => {
    const { page } = app;
    await page.reload();
    await page.waitForFunction(() => window.__anatomyStore?.getState().historyStatus === 'ready');
    const after = await lastAnswer(app);
    expect(after.count).toBe(2);
    expect(after.text).toBe(slowText);
  });
});
