import type { Browser } from 'playwright-core';
import type { ModelManifest } from '#shared/anatomy/model-manifest';
import { waitForBody } from '../../test/e2e/support/app-page.js';
import type { SceneFigures } from './browser-report.js';
import type { BrowserBenchSettings } from './browser-bench-settings.js';
import { modelFiles } from './model-files.js';
import { measureSceneFrames } from './measure-scene-frames.js';
import { measureOcclusionFade } from './measure-occlusion-fade.js';
import { measureAppSelectionInPage, pickMusclesInPage } from './measure-selection.js';
import { newBenchContext } from './new-bench-context.js';
import { installPageProbe } from './page-probe.js';
import { summarize } from './summarize.js';
import { watchPage } from './watch-page.js';

/**
 * The app as users get it, in a fresh context (cold cache): navigation to the whole body on
 * screen (light, then full tier), then frames, draw calls and a 50-muscle selection. Returns
 * the figures, the muscles and parts selected (for the naive scene) and the request log.
 */
export const measureAppScene = async (
  browser: Browser,
  baseUrl: string,
  manifest: ModelManifest,
  settings: BrowserBenchSettings,
) => {
  const context = await newBenchContext(browser, settings);
  try {
    await context.addInitScript(installPageProbe);
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${baseUrl}/`);
    await waitForBody(page, 120_000);
    await page.waitForFunction(() => window.__benchProbe?.shownAt.full != null);
    const firstFrameMs = await page.evaluate(() => window.__benchProbe?.shownAt ?? null);
    // Let the camera settle and the picking structures finish before timing frames.
    await page.waitForTimeout(500);
    // The selection first: full frames leave the software rasterizer busy for a while.
    const picked = await page.evaluate(pickMusclesInPage, settings.selectionMuscles);
    const selection = await page.evaluate(measureAppSelectionInPage, {
      muscleIds: picked.muscleIds,
      parts: picked.partKeys.length,
      repeats: settings.selectionRepeats,
    });
    const frames = await measureSceneFrames(page, 'app', settings);
    const occlusionFade = await measureOcclusionFade(page);
    await watch.settled();
    const figures: SceneFigures = {
      scene: 'app',
      description: 'the app: parts merged into one geometry per kind, one shared material',
      models: modelFiles(manifest, watch.transferred, ['light', 'full']),
      ...frames,
      selection: {
        muscles: picked.muscleIds.length,
        parts: selection.parts,
        syncMs: summarize(selection.syncMs),
        withMicrotasksMs: summarize(selection.withMicrotasksMs),
      },
      occlusionFade,
      firstFrameMs: firstFrameMs ?? { light: null, full: null },
      crossOriginIsolated: await page.evaluate(() => window.crossOriginIsolated),
      errors: watch.errors,
    };
    return { figures, partKeys: picked.partKeys, requests: watch.requests };
  } finally {
    await context.close();
  }
};
