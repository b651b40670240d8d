import type { Browser, Page } from 'playwright-core';
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
import { launchBrowser } from './support/launch-browser.js';
import { startE2eServer, type E2eServer } from './support/start-e2e-server.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The labels a student sees: name boxes, where their dots point, what lies under each dot. */
const shownLabels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('.viewer canvas')?.getBoundingClientRect();
    const box = (r: DOMRect) => ({ x: r.left, y: r.top, width: r.width, height: r.height });
    const labels = [...document.querySelectorAll<HTMLElement>('.scene-label')]
      .filter((l) => Number(l.style.opacity) > 0)
      .map((label) => {
        const dot = label.querySelector('.scene-label__dot')?.getBoundingClientRect();
        const text = label.querySelector('.scene-label__text')?.getBoundingClientRect();
        const x = dot ? dot.left + dot.width / 2 : 0;
        const y = dot ? dot.top + dot.height / 2 : 0;
        return {
          structure: label.dataset.structure ?? '',
          note: label.classList.contains('scene-label--note'),
          opacity: Number(label.style.opacity),
          text: text ? box(text) : null,
          under: window.__anatomyViewer?.structureAt(x, y) ?? null,
        };
      });
    const overlays = [
      ...document.querySelectorAll('.viewer-area__top > *, .viewer-area__bottom > *'),
    ].map((e) => box(e.getBoundingClientRect()));
    return { canvas: canvas ? box(canvas) : null, labels, overlays };
  });

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;

describe('labels', () => {
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

  it('should point each name at its own visible part, whole, without overlaps (rotator cuff from behind)', async () => {
    const { page } = app;
    await sendMessage(page, 'show me the rotator cuff from behind');
    await waitForAnswerEnd(page);
    await waitForCameraRest(page);
    await page.waitForTimeout(800);
    const seen = await shownLabels(page);
    await saveScreenshot(page, 'labels-rotator-cuff-behind');
    console.info(`[e2e] labels: ${JSON.stringify(seen.labels.map((l) => [l.structure, l.under]))}`);
    const canvas = seen.canvas;
    if (!canvas) throw new Error('no canvas');
    expect(
      seen.labels
        .filter((l) => !l.note)
        .map((l) => l.structure)
        .sort(),
    ).toEqual(['infraspinatus', 'subscapularis', 'supraspinatus', 'teres-minor']);
    for (const label of seen.labels) {
      if (!label.text) throw new Error(`no name box for ${label.structure}`);
      expect(inside(label.text, canvas)).toBe(true);
      // The dot sits on the structure it names (deep ones show through what was faded).
      expect(label.under).toBe(label.structure);
      for (const overlay of seen.overlays) expect(intersects(label.text, overlay)).toBe(false);
    }
    for (let i = 0; i < seen.labels.length; i += 1)
      for (let j = i + 1; j < seen.labels.length; j += 1)
        expect(
          intersects(seen.labels[i]?.text as Box, seen.labels[j]?.text as Box),
          `${seen.labels[i]?.structure} and ${seen.labels[j]?.structure} overlap`,
        ).toBe(false);
  });

  it('should keep a label whole when its part is at the edge of the view', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const store = window.__anatomyStore?.getState();
      store?.clearSelection();
      store?.select(['deltoid'], { side: 'right' });
      store?.setView('anterior', 0);
    });
    await waitForCameraRest(page);
    await page.waitForFunction(() => window.__anatomyStore?.getState().cameraView === 'anterior');
    // Pan so the right deltoid sits at the canvas's left edge.
    await page.evaluate(() => {
      const store = window.__anatomyStore?.getState();
      const pose = store?.cameraPose;
      if (!pose || !store) return;
      const shift = 0.52;
      const { scene } = store;
      store.restoreScene({
        ...scene,
        camera: {
          seq: scene.camera.seq + 1,
          view: null,
          focus: null,
          position: [pose.position[0] + shift, pose.position[1], pose.position[2]],
          target: [pose.target[0] + shift, pose.target[1], pose.target[2]],
          durationMs: 0,
        },
      });
    });
    await waitForCameraRest(page);
    await page.waitForTimeout(800);
    const seen = await shownLabels(page);
    await saveScreenshot(page, 'labels-at-edge');
    const names = seen.labels.filter((l) => !l.note);
    expect(names).toHaveLength(1);
    const [label] = names;
    if (!label?.text || !seen.canvas) throw new Error('no label shown');
    expect(label.text.x).toBeLessThan(seen.canvas.x + seen.canvas.width / 4);
    expect(inside(label.text, seen.canvas)).toBe(true);
    expect(label.under).toBe('deltoid');
    // A muscle on the surface, seen from its own side, has nothing faded over it.
    expect(await page.evaluate(() => window.__anatomyStore?.getState().fade.faded)).toEqual([]);
  });
});
