import type { Browser } from 'playwright-core';
import type { ModelManifest } from '#shared/anatomy/model-manifest';
import type { SceneFigures } from './browser-report.js';
import type { BrowserBenchSettings } from './browser-bench-settings.js';
import { naiveScenePath } from './build-naive-scene.js';
import { measureSceneFrames } from './measure-scene-frames.js';
import { modelFiles } from './model-files.js';
import { measureNaiveSelectionInPage } from './measure-selection.js';
import { newBenchContext } from './new-bench-context.js';
import { summarize } from './summarize.js';
import { watchPage } from './watch-page.js';

/**
 * The naive scene in a fresh context, on a canvas the app's size: navigation to the whole body,
 * frames, draw calls, and the app's selection (the same muscles' parts) as material colours.
 */
export const measureNaiveScene = async (
  browser: Browser,
  baseUrl: string,
  manifest: ModelManifest,
  settings: BrowserBenchSettings,
  app: { canvas: { width: number; height: number }; muscles: number; partKeys: string[] },
): Promise<SceneFigures> => {
  const context = await newBenchContext(browser, settings);
  try {
    const page = await context.newPage();
    const watch = watchPage(page);
    const query = new URLSearchParams({
      width: String(app.canvas.width),
      height: String(app.canvas.height),
    });
    await page.goto(`${baseUrl}${naiveScenePath}?${query.toString()}`);
    await page.waitForFunction(
      () => window.__naiveScene !== undefined || window.__naiveSceneError !== undefined,
      undefined,
      { timeout: 120_000, polling: 100 },
    );
    const failure = await page.evaluate(() => window.__naiveSceneError);
    if (failure) throw new Error(`the naive scene failed: ${failure}`);
    const firstFrameMs = await page.evaluate(() => window.__naiveScene?.firstFrameAt ?? null);
    const selection = await page.evaluate(measureNaiveSelectionInPage, {
      partKeys: app.partKeys,
      repeats: settings.selectionRepeats,
    });
    const frames = await measureSceneFrames(page, 'naive', settings);
    await watch.settled();
    return {
      scene: 'naive',
      description: 'one mesh per part, each with its own cloned MeshStandardMaterial',
      models: modelFiles(manifest, watch.transferred, ['full']),
      ...frames,
      selection: {
        muscles: app.muscles,
        parts: selection.parts,
        syncMs: summarize(selection.syncMs),
        withMicrotasksMs: summarize(selection.withMicrotasksMs),
      },
      firstFrameMs: { light: null, full: firstFrameMs },
      crossOriginIsolated: await page.evaluate(() => window.crossOriginIsolated),
      errors: watch.errors,
    };
  } finally {
    await context.close();
  }
};
