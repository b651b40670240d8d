import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the naive scene's page is served from (the bench server mounts the build there). */
export const naiveScenePath = '/__bench/naive/';

/**
 * Bundles the naive scene's page (three.js, GLTFLoader, meshopt) into a fresh temporary folder,
 * minified like the app, and returns that folder. Nothing of it is kept in the repository.
 */
export const buildNaiveScene = async (): Promise<string> => {
  const outDir = await mkdtemp(path.join(tmpdir(), 'naive-scene-'));
  await build({
    root: fileURLToPath(new URL('./naive-scene', import.meta.url)),
    base: naiveScenePath,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  return outDir;
};
