import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readPartsList } from './read-parts-list.js';
import { repoRoot } from './repo-root.js';

/** The files a build reads; a change to any of them makes the output stale. */
export interface BuildInputs {
  /** parts.json and every listed GLB that exists. */
  readonly source: readonly string[];
  /** JSON files under assets/catalog/. */
  readonly catalog: readonly string[];
  /** The build code and the shared modules it runs. */
  readonly code: readonly string[];
}

/** Shared modules the build imports (load-catalog.ts may not exist yet). */
const SHARED_CODE = [
  'shared/anatomy/model-manifest.ts',
  'shared/anatomy/frame-camera.ts',
  'shared/anatomy/view-directions.ts',
  'shared/anatomy/catalog-schema.ts',
  'shared/anatomy/load-catalog.ts',
  'shared/protocol/named-view.ts',
];

/** Lists the build inputs; `sourceDir` must hold parts.json. */
export async function listBuildInputs(sourceDir: string): Promise<BuildInputs> {
  const parts = await readPartsList(sourceDir);
  const buildDir = path.join(repoRoot, 'assets/build');
  const buildCode = (await readdir(buildDir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(buildDir, name));
  return {
    source: [
      path.join(sourceDir, 'parts.json'),
      ...parts.filter((part) => part.present).map((part) => part.file),
    ],
    catalog: await listJson(path.join(repoRoot, 'assets/catalog')),
    code: [
      ...buildCode,
      ...SHARED_CODE.map((file) => path.join(repoRoot, file)).filter((file) => existsSync(file)),
    ].sort(),
  };
}

async function listJson(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
