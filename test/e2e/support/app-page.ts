import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resultsDir } from './e2e-paths.js';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors seen so far. */
  errors: string[];
  /** Every URL the page requested (the app must fetch nothing from other origins). */
  requests: string[];
}

/** Pixel counts of the WebGL canvas, read back right after a render (no DOM overlays). */
export interface CanvasStats {
  width: number;
  height: number;
  /** Pixels the body covers (alpha > 0; the canvas is transparent elsewhere). */
  drawn: number;
  /** Pixels in the highlight's blue (well bluer than any muscle, bone or shading). */
  highlight: number;
  drawCalls: number;
  triangles: number;
}

/** Opens the app in a new page (of a new context unless one is given) and waits for the store. */
export const openApp = async (
  browser: Browser,
  baseUrl: string,
  options: { path?: string; context?: BrowserContext } = {},
): Promise<AppPage> => {
  const context =
    options.context ??
    (await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }));
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${baseUrl}${options.path ?? '/'}`);
  await page.waitForFunction(() => window.__anatomyStore !== undefined);
  return { page, context, errors, requests };
};

/** Waits until the full tier is on screen and pickable. */
export const waitForBody = async (page: Page, timeout = 90_000): Promise<void> => {
  await page.waitForFunction(
    () => {
      const load = window.__anatomyStore?.getState().modelLoad;
      const batches = window.__anatomyViewer?.batches() ?? [];
      return load?.phase === 'ready' && batches.length > 0 && batches.every((b) => b.pickable);
    },
    undefined,
    { timeout, polling: 250 },
  );
};

/** Types into the "Message" box and presses Enter. */
export const sendMessage = async (page: Page, text: string): Promise<void> => {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
};

/** Waits until no answer streams and the last message is a finished answer. */
export const waitForAnswerEnd = async (page: Page, timeout = 30_000): Promise<void> => {
  await page.waitForFunction(
    () => {
      const state = window.__anatomyStore?.getState();
      const last = state?.messages.at(-1);
      return state?.run === null && last?.role === 'assistant' && last.status !== 'streaming';
    },
    undefined,
    { timeout, polling: 100 },
  );
};

/** The camera position now. */
export const cameraPosition = (page: Page): Promise<[number, number, number]> =>
  page.evaluate(() => window.__anatomyViewer?.camera().position ?? [0, 0, 0]);

/**
 * Waits until the camera has reached the pose it was last sent to and stays there. Two frames
 * first: the view applies a new goal on the next animation frame. A loaded software renderer can
 * go a second without a frame, so stillness alone is not rest; the controls' goal is asked too.
 */
export const waitForCameraRest = async (
  page: Page,
  timeout = 20_000,
): Promise<[number, number, number]> => {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
  const deadline = Date.now() + timeout;
  let last = await cameraPosition(page);
  let still = 0;
  while (Date.now() < deadline) {
    await page.waitForTimeout(300);
    const now = await page.evaluate(
      (): { position: [number, number, number]; moving: boolean } =>
        window.__anatomyViewer?.camera() ?? { position: [0, 0, 0], moving: false },
    );
    const [x, y, z] = now.position;
    const moved = Math.hypot(x - last[0], y - last[1], z - last[2]);
    still = moved < 1e-4 && !now.moving ? still + 1 : 0;
    last = now.position;
    if (still >= 3) return now.position;
  }
  throw new Error('the camera did not come to rest');
};

/** Renders a frame and counts its pixels straight from the WebGL canvas. */
export const canvasStats = (page: Page): Promise<CanvasStats> =>
  page.evaluate(() => {
    const viewer = window.__anatomyViewer;
    const canvas = document.querySelector<HTMLCanvasElement>('.viewer canvas');
    if (!viewer || !canvas) throw new Error('no 3D view on the page');
    const info = viewer.renderNow();
    // Same task as the render: the drawing buffer is still there to read.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let drawn = 0;
    let highlight = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      const a = data[i + 3] ?? 0;
      if (a === 0) continue;
      drawn += 1;
      if (b > 110 && b > r + 50 && g > r + 10) highlight += 1;
    }
    return {
      width: copy.width,
      height: copy.height,
      drawn,
      highlight,
      drawCalls: info.calls,
      triangles: info.triangles,
    };
  });

/** Saves a screenshot of the page under test-results/e2e/. */
export const saveScreenshot = async (page: Page, name: string): Promise<string> => {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
};
