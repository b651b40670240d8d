import type { Browser, Page } from 'playwright-core';
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

/** Where the list is scrolled, and whether the newest question and answer end are in view. */
const scrollState = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('.message-list');
    if (!list) throw new Error('no message list');
    const view = list.getBoundingClientRect();
    const inView = (element: Element | null | undefined) => {
      if (!element) return false;
      const r = element.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom;
    };
    const questions = list.querySelectorAll('.message--user');
    const answers = list.querySelectorAll('.message--assistant');
    return {
      scrollTop: list.scrollTop,
      fromBottom: list.scrollHeight - list.scrollTop - list.clientHeight,
      questionInView: inView(questions[questions.length - 1]),
      answerInView: inView(answers[answers.length - 1]),
    };
  });

describe('chat scrolling', () => {
  let server: E2eServer;
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    // A short window, and enough conversation to scroll.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 560 },
      deviceScaleFactor: 1,
    });
    app = await openApp(browser, server.url, { context });
    for (const text of [
      'show me the rotator cuff from behind',
      'show me the biceps',
      'the rotator cuff again from behind',
      'hello',
      'and the biceps once more',
    ]) {
      await sendMessage(app.page, text);
      await waitForAnswerEnd(app.page);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should bring a new question into view even when scrolled up, follow the answer, and stop when scrolled away', async () => {
    const { page } = app;
    await page.locator('.message-list').evaluate((list) => {
      list.scrollTop = 0;
    });
    expect((await scrollState(page)).questionInView).toBe(false);
    await sendMessage(page, 'tell me everything about the quadriceps');
    await expect.poll(async () => (await scrollState(page)).questionInView).toBe(true);
    await page.waitForTimeout(500);
    const streaming = await scrollState(page);
    await saveScreenshot(page, 'chat-scroll-following');
    expect(streaming.answerInView).toBe(true);
    expect(streaming.fromBottom).toBeLessThan(80);

    // Scrolling away while it streams: the list stays where the student put it.
    await page.locator('.message-list').evaluate((list) => {
      list.scrollTop = 0;
    });
    await page.waitForTimeout(300);
    const away = await scrollState(page);
    expect(await page.evaluate(() => window.__anatomyStore?.getState().run !== null)).toBe(true);
    expect(away.scrollTop).toBe(0);
    await waitForAnswerEnd(page);
    expect((await scrollState(page)).scrollTop).toBe(0);
  });
});
