import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the e2e suite finds and puts things. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const webDir = path.join(repoRoot, 'web');
export const distDir = path.join(webDir, 'dist');
export const assetsOutDir = path.resolve(repoRoot, process.env.ASSETS_OUT_DIR ?? 'assets/out');
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
