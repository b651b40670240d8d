import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './repo-root.js';
import { resolveAssetDirs } from './resolve-asset-dirs.js';

describe('resolveAssetDirs', () => {
  it('should prefer explicit options, then the environment, then the defaults', () => {
    const env = { ANATOMY_SOURCE_DIR: '/env/source', ASSETS_OUT_DIR: '/env/out' };
    expect(resolveAssetDirs({ source: '/opt/source', out: '/opt/out' }, env)).toEqual({
      sourceDir: '/opt/source',
      outDir: '/opt/out',
    });
    expect(resolveAssetDirs({}, env)).toEqual({ sourceDir: '/env/source', outDir: '/env/out' });
    expect(resolveAssetDirs({}, {})).toEqual({
      sourceDir: path.resolve(repoRoot, '../shared/anatomy/bodyparts3d'),
      outDir: path.join(repoRoot, 'assets/out'),
    });
  });

  it('should ignore empty environment variables', () => {
    expect(resolveAssetDirs({}, { ANATOMY_SOURCE_DIR: '' }).sourceDir).toBe(
      path.resolve(repoRoot, '../shared/anatomy/bodyparts3d'),
    );
  });
});
