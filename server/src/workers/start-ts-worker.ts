import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// tsx's ESM API entry (its CommonJS one cannot load tsx's ESM loader from a worker).
const tsxApi = (() => {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports['./esm/api']?.import.default;
  if (!entry) throw new Error('tsx has no ESM API entry');
  return pathToFileURL(path.join(path.dirname(manifest), entry)).href;
})();

/**
 * Starts a worker thread from a module of this project. The project runs its TypeScript through
 * tsx, and a worker thread does not inherit tsx's loader, so a `.ts` entry is imported through
 * tsx's API from a small bootstrap; a `.js` entry starts as is.
 */
export const startTsWorker = (entry: URL, workerData: unknown): Worker => {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
};
