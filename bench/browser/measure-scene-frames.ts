import type { Page } from 'playwright-core';
import type { SceneFigures } from './browser-report.js';
import type { BrowserBenchSettings } from './browser-bench-settings.js';
import { measureFramesInPage } from './measure-frames.js';
import { summarize } from './summarize.js';

/**
 * A scene's per-frame figures: `renderer.render` script time over the clipped frames, then
 * frame time, draw calls, triangles and coverage over full (software-rendered) frames.
 */
export const measureSceneFrames = async (
  page: Page,
  target: 'app' | 'naive',
  settings: BrowserBenchSettings,
): Promise<
  Pick<
    SceneFigures,
    'canvas' | 'triangles' | 'drawCalls' | 'renderScriptMs' | 'frameMs' | 'coverage'
  >
> => {
  const clipped = await page.evaluate(measureFramesInPage, {
    target,
    ...settings.renderFrames,
    clip: true,
  });
  const full = await page.evaluate(measureFramesInPage, {
    target,
    ...settings.fullFrames,
    clip: false,
  });
  if (clipped.drawCalls !== full.drawCalls)
    throw new Error(`${target}: ${clipped.drawCalls} draw calls clipped, ${full.drawCalls} full`);
  return {
    canvas: full.canvas,
    triangles: full.triangles,
    drawCalls: full.drawCalls,
    renderScriptMs: summarize(clipped.renderMs),
    frameMs: summarize(full.frameMs),
    coverage: full.coverage ?? 0,
  };
};
