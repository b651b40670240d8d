import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (two folders above assets/build/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
