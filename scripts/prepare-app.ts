import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ensureAssets } from '../assets/build/ensure-assets.js';
import { resolveAssetDirs } from '../assets/build/resolve-asset-dirs.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webDistDir = path.join(repoRoot, 'web', 'dist');

/** Newest modification time under `dir` (files only), 0 when it does not exist. */
const newestMtime = async (dir: string): Promise<number> => {
  let newest = 0;
  try {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
    }
  } catch {
    return 0;
  }
  return newest;
};

/** Builds the web app when its output is missing or older than its sources. */
export const ensureWebBuild = async (log: (line: string) => void): Promise<void> => {
  const built = await stat(path.join(webDistDir, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    await newestMtime(path.join(repoRoot, 'web', 'src')),
    await newestMtime(path.join(repoRoot, 'shared')),
    await stat(path.join(repoRoot, 'web', 'index.html')).then(
      (s) => s.mtimeMs,
      () => 0,
    ),
  );
  if (built >= sources && built > 0) {
    log(`Web app up to date in ${webDistDir}`);
    return;
  }
  log('Building the web app…');
  const started = performance.now();
  await build({ configFile: path.join(repoRoot, 'web', 'vite.config.ts'), logLevel: 'warn' });
  log(`Web app built in ${((performance.now() - started) / 1000).toFixed(1)} s in ${webDistDir}`);
};

/** Everything `npm start` and the end-to-end tests need before the server starts. */
export const prepareApp = async (log: (line: string) => void = (line) => console.log(line)) => {
  const assets = await ensureAssets({ ...resolveAssetDirs(), log });
  await ensureWebBuild(log);
  return { assets };
};
