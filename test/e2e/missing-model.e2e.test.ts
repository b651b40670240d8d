import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, saveScreenshot, sendMessage, waitForAnswerEnd } from './support/app-page.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

describe('without a built model', () => {
  let server: E2eServer;
  let browser: Browser;
  let emptyDir: string;

  beforeAll(async () => {
    emptyDir = await mkdtemp(path.join(tmpdir(), 'anatomy-no-model-'));
    server = await startE2eServer({ modelDir: emptyDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(emptyDir, { recursive: true, force: true });
  });

  it('should say plainly what is missing, and keep the chat and browser working', async () => {
    const app = await openApp(browser, server.url);
    const { page } = app;
    const alert = page.getByRole('alert').filter({ hasText: 'The 3D model is not available' });
    await expect.poll(() => alert.textContent()).toContain('npm run assets');
    await saveScreenshot(page, 'missing-model');
    await page.getByRole('searchbox', { name: 'Search muscles' }).fill('biceps');
    await expect
      .poll(() => page.locator('.browser-item__name').first().textContent())
      .toBe('Biceps brachii');
    await sendMessage(page, 'hello');
    await waitForAnswerEnd(page);
    expect(
      await page.evaluate(() => window.__anatomyStore?.getState().messages.at(-1)?.status),
    ).toBe('complete');
    expect(app.errors).toEqual([]);
  });
});
