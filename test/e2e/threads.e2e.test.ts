import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  saveScreenshot,
  sendMessage,
  waitForAnswerEnd,
  type AppPage,
} from './support/app-page.js';
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

describe('renaming and deleting conversations in the picker', () => {
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

  const titles = (app: AppPage) =>
    app.page.evaluate(() => window.__anatomyStore?.getState().threads.map((t) => t.title) ?? []);
  const openPicker = async (app: AppPage) => {
    if ((await app.page.locator('.thread-picker__list').count()) === 0)
      await app.page.locator('.thread-picker__toggle').click();
  };

  it('should rename a conversation, show it in another tab, and delete it with a moment to undo', async () => {
    await sendMessage(first.page, 'show me the biceps');
    await waitForAnswerEnd(first.page);
    second = await openApp(browser, server.url, {
      context: await browser.newContext({ storageState: await first.context.storageState() }),
    });
    await second.page.waitForFunction(() => window.__anatomyStore?.getState().threads.length === 1);

    await openPicker(first);
    await first.page.getByRole('button', { name: /^Rename/ }).click();
    const input = first.page.getByRole('textbox', { name: 'Conversation title' });
    await input.fill('Arm revision');
    await input.press('Enter');
    await second.page.waitForFunction(
      () => window.__anatomyStore?.getState().threads[0]?.title === 'Arm revision',
    );
    expect(await titles(first)).toEqual(['Arm revision']);

    // Delete, then undo: nothing is deleted.
    await openPicker(first);
    await first.page.getByRole('button', { name: 'Delete “Arm revision”' }).click();
    await first.page.getByRole('status').filter({ hasText: 'Deleted' }).waitFor();
    await saveScreenshot(first.page, 'thread-delete-undo');
    await first.page.getByRole('button', { name: 'Undo' }).click();
    await openPicker(first);
    await first.page.getByRole('button', { name: 'Delete “Arm revision”' }).waitFor();

    // Delete for good: after the undo window the other tab loses it too.
    await first.page.getByRole('button', { name: 'Delete “Arm revision”' }).click();
    await second.page.waitForFunction(
      () => window.__anatomyStore?.getState().threads.length === 0,
      undefined,
      { timeout: 15_000 },
    );
    expect(await first.page.evaluate(() => window.__anatomyStore?.getState().threadId)).toBeNull();
  });
});
