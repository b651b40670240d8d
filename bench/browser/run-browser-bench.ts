import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ModelManifest } from '#shared/anatomy/model-manifest';
import { assetsOutDir, distDir } from '../../test/e2e/support/e2e-paths.js';
import { ensureModel } from '../../test/e2e/support/ensure-model.js';
import { ensureWebBuild } from '../../test/e2e/support/ensure-web-build.js';
import { launchBrowser } from '../../test/e2e/support/launch-browser.js';
import type { BrowserReport, EventFigures } from './browser-report.js';
import type { BrowserBenchSettings } from './browser-bench-settings.js';
import { buildNaiveScene } from './build-naive-scene.js';
import { createEventBenchAgent } from './event-bench-agent.js';
import { judgeBrowserGoals } from './judge-browser-goals.js';
import { measureAppScene } from './measure-app-scene.js';
import { measureBundle } from './measure-bundle.js';
import { measureEvents } from './measure-events.js';
import { measureNaiveScene } from './measure-naive-scene.js';
import { startBenchAppServer } from './start-bench-app-server.js';

/**
 * The browser half of `npm run bench`: the app's scene and the naive one side by side in
 * headless Chromium (WebGL on SwiftShader), the web app's JavaScript, and model events end to
 * end over Socket.IO, over SSE and over both, against the real server in this process.
 * Builds the web app and the model first when they are missing or stale.
 */
export const runBrowserBench = async (
  settings: BrowserBenchSettings,
  options: { smoke: boolean; log: (line: string) => void },
): Promise<BrowserReport> => {
  const { log } = options;
  await ensureWebBuild(log);
  await ensureModel(log);
  const manifest = ModelManifest.parse(
    JSON.parse(await readFile(path.join(assetsOutDir, 'model-manifest.json'), 'utf8')),
  );
  log('bundling the naive scene…');
  const naiveSceneDir = await buildNaiveScene();
  const agent = createEventBenchAgent();
  const server = await startBenchAppServer({
    agent,
    distDir,
    modelDir: assetsOutDir,
    naiveSceneDir,
  });
  const browser = await launchBrowser();
  try {
    log('app scene…');
    const app = await measureAppScene(browser, server.url, manifest, settings);
    log('naive scene…');
    const naive = await measureNaiveScene(browser, server.url, manifest, settings, {
      canvas: app.figures.canvas,
      muscles: app.figures.selection.muscles,
      partKeys: app.partKeys,
    });
    const bundle = await measureBundle(distDir, app.requests);
    const events: EventFigures[] = [];
    for (const channel of ['socket', 'sse', 'both'] as const) {
      log(`model events over ${channel}…`);
      events.push(await measureEvents(browser, server.url, agent, channel, settings));
    }
    const report = {
      measuredAt: new Date().toISOString(),
      smoke: options.smoke,
      chromium: browser.version(),
      viewport: settings.viewport,
      app: app.figures,
      naive,
      bundle,
      events,
    };
    return { ...report, verdicts: judgeBrowserGoals(report) };
  } finally {
    await browser.close();
    await server.close();
    await rm(naiveSceneDir, { recursive: true, force: true });
  }
};
