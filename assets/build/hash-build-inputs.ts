import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildInputs } from './list-build-inputs.js';
import { repoRoot } from './repo-root.js';

/**
 * SHA-256 over the build inputs' contents and names (source files named relative to the source
 * folder, the rest relative to the repository), so the same data gives the same hash wherever it
 * lives.
 */
export async function hashBuildInputs(inputs: BuildInputs, sourceDir: string): Promise<string> {
  const hash = createHash('sha256');
  const groups: [string, readonly string[], string][] = [
    ['source', inputs.source, sourceDir],
    ['catalog', inputs.catalog, repoRoot],
    ['code', inputs.code, repoRoot],
  ];
  for (const [group, files, base] of groups) {
    for (const file of files) {
      const content = await readFile(file);
      hash.update(`${group}\0${path.relative(base, file).split(path.sep).join('/')}\0`);
      hash.update(`${content.length}\0`);
      hash.update(content);
    }
  }
  return hash.digest('hex');
}
