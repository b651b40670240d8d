import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleFigures, BundleFile } from './browser-report.js';

/** Files index.html loads at once: its module script and module preloads. */
const entryFiles = (html: string): Set<string> =>
  new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/assets\/([^"]+\.js)"/g)].map(
      (m) => m[1] as string,
    ),
  );

/**
 * The web app's JavaScript, gzipped (zlib's default level) from `web/dist`: in total, what
 * index.html loads, and what the page fetched before it asked for the 3D view's code (the
 * chunk with three.js's renderer), from the page's request log, in order.
 */
export const measureBundle = async (
  distDir: string,
  requests: readonly string[],
): Promise<BundleFigures> => {
  const assetsDir = path.join(distDir, 'assets');
  const entry = entryFiles(await readFile(path.join(distDir, 'index.html'), 'utf8'));
  const names = (await readdir(assetsDir)).filter((name) => name.endsWith('.js')).sort();
  const contents = await Promise.all(names.map((name) => readFile(path.join(assetsDir, name))));
  const views = new Set(names.filter((_, i) => contents[i]?.includes('isWebGLRenderer')));
  const requested = requests.map((url) => new URL(url).pathname.replace(/^\/assets\//, ''));
  const firstViewRequest = requested.findIndex((name) => views.has(name));
  const beforeView = new Set(
    firstViewRequest === -1 ? requested : requested.slice(0, firstViewRequest),
  );
  const files: BundleFile[] = names.map((file, i) => {
    const content = contents[i] as Buffer;
    return {
      file,
      bytes: content.length,
      gzipBytes: gzipSync(content).length,
      entry: entry.has(file),
      firstView: beforeView.has(file),
      view: views.has(file),
    };
  });
  const sum = (list: BundleFile[]) => list.reduce((n, f) => n + f.gzipBytes, 0);
  const firstView = sum(files.filter((f) => f.firstView));
  return {
    totalGzipBytes: sum(files),
    entryGzipBytes: sum(files.filter((f) => f.entry)),
    firstViewGzipBytes: firstView,
    lazyGzipBytes: sum(files) - firstView,
    viewIsLazy: views.size > 0 && files.every((f) => !f.view || (!f.entry && !f.firstView)),
    files,
  };
};
