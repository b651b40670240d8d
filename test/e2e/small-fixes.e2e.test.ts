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

describe('the small ones', () => {
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

  it('should close the info card when the empty background is clicked', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const store = window.__anatomyStore?.getState();
      store?.select(['biceps-brachii']);
      store?.inspect('biceps-brachii');
    });
    await expect.poll(() => page.locator('.info-card h2').count()).toBe(1);
    const box = await page.locator('.viewer canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    // Empty space beside the body, below the toolbars.
    const x = box.x + box.width * 0.06;
    const y = box.y + box.height * 0.5;
    expect(
      await page.evaluate(
        ([px, py]) => window.__anatomyViewer?.structureAt(px ?? 0, py ?? 0),
        [x, y],
      ),
    ).toBeNull();
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('.info-card').count()).toBe(0);
    expect((await canvasStats(page)).highlight).toBe(0);
  });

  it('should keep the writing speed in a details tooltip, not in the answer', async () => {
    const { page } = app;
    await sendMessage(page, 'tell me everything about the quadriceps');
    const answer = page.locator('.message--assistant').last();
    const summary = answer.locator('summary', { hasText: 'Details' });
    await summary.waitFor();
    expect(await answer.innerText()).not.toContain('tok/s');
    await summary.click();
    expect(await answer.innerText()).toMatch(/\d tok\/s/);
    await waitForAnswerEnd(page);
  });

  it('should clear the highlights on New chat', async () => {
    const { page } = app;
    await sendMessage(page, 'show me the rotator cuff from behind');
    await waitForAnswerEnd(page);
    await waitForCameraRest(page);
    await expect
      .poll(async () => (await canvasStats(page)).highlight, { timeout: 10_000 })
      .toBeGreaterThan(500);
    await page.getByRole('button', { name: 'New chat' }).click();
    await waitForCameraRest(page);
    await saveScreenshot(page, 'small-new-chat');
    expect((await canvasStats(page)).highlight).toBe(0);
    expect(await page.locator('.scene-label').count()).toBe(0);
  });

  it('should say where a bone is and which muscles attach to it', async () => {
    const { page } = app;
    await page.evaluate(() => window.__anatomyStore?.getState().inspect('scapula'));
    const card = page.locator('.info-card');
    await expect.poll(() => card.locator('h2').textContent()).toBe('Scapula');
    const text = await card.innerText();
    await saveScreenshot(page, 'small-bone-card');
    expect(text).toMatch(/A bone of the shoulder/i);
    const attached = await card.getByRole('list', { name: 'Muscles attached' }).innerText();
    expect(attached).toContain('Subscapularis');
    expect(attached).toContain('Infraspinatus');
  });
});
