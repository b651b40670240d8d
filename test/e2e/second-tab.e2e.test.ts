import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cameraPosition,
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

describe('a second tab on the same thread', () => {
  let server: E2eServer;
  let browser: Browser;
  let first: AppPage;
  let second: AppPage;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    first = await openApp(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should follow the camera and the answer of the first tab', async () => {
    await waitForBody(first.page);
    await sendMessage(first.page, 'show me the biceps');
    await waitForAnswerEnd(first.page);
    const threadId = await first.page.evaluate(() => window.__anatomyStore?.getState().threadId);
    expect(threadId).toBeTruthy();

    // The same session (its cookie) in a window of its own: headless Chromium gives animation
    // frames to the active tab of a window only.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      storageState: await first.context.storageState(),
    });
    second = await openApp(browser, server.url, { path: `/?thread=${threadId}`, context });
    await waitForBody(second.page);
    await second.page.waitForFunction(
      () => window.__anatomyStore?.getState().historyStatus === 'ready',
    );
    expect(
      await second.page.evaluate(() => window.__anatomyStore?.getState().messages.length),
    ).toBe(2);
    const start = await waitForCameraRest(second.page);

    await sendMessage(first.page, 'now the rotator cuff from behind');
    await second.page.waitForFunction(
      () => window.__anatomyStore?.getState().scene.camera.view === 'posterior',
      undefined,
      { timeout: 20_000 },
    );
    // Under load a software-rendered window can go a second without a frame: wait for the camera
    // to cross to the back of the body (-Z) before waiting for it to settle there.
    await expect
      .poll(async () => (await cameraPosition(second.page))[2], { timeout: 30_000, interval: 250 })
      .toBeLessThan(0);
    const end = await waitForCameraRest(second.page);
    const selection = await second.page.evaluate(() =>
      Object.keys(window.__anatomyStore?.getState().scene.selection ?? {}),
    );
    expect(selection).toEqual(['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis']);
    // From behind: the camera crossed to the back of the body (-Z).
    expect(start[2]).toBeGreaterThan(0.3);
    expect(end[2]).toBeLessThan(0);

    await waitForAnswerEnd(first.page);
    await second.page.waitForFunction(() => {
      const messages = window.__anatomyStore?.getState().messages ?? [];
      return messages.length === 4 && messages.at(-1)?.status === 'complete';
    });
    const texts = await second.page.evaluate(() =>
      window.__anatomyStore?.getState().messages.map((m) => m.text),
    );
    const firstTexts = await first.page.evaluate(() =>
      window.__anatomyStore?.getState().messages.map((m) => m.text),
    );
    expect(texts).toEqual(firstTexts);
    // The assistant's annotation is pinned in both tabs.
    await expect
      .poll(() => second.page.locator('.scene-label--note').textContent())
      .toBe('Most often torn');
    await expect
      .poll(() => first.page.locator('.scene-label--note').textContent())
      .toBe('Most often torn');
    await saveScreenshot(second.page, 'second-tab-follows');
    await saveScreenshot(first.page, 'first-tab');
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
  });
});
