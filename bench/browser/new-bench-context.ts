import type { Browser, BrowserContext } from 'playwright-core';
import type { BrowserBenchSettings } from './browser-bench-settings.js';

/**
 * A fresh context (empty cache) at the benchmark's viewport. tsx compiles this code with
 * esbuild's keepNames, so functions sent to the page call a `__name` helper that pages lack:
 * every page gets a no-op one first.
 */
export const newBenchContext = async (
  browser: Browser,
  settings: BrowserBenchSettings,
): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: settings.viewport, deviceScaleFactor: 1 });
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  return context;
};
