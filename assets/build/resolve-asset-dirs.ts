import path from 'node:path';
import { repoRoot } from './repo-root.js';

export interface AssetDirs {
  /** BodyParts3D folder holding parts.json. */
  readonly sourceDir: string;
  /** Where the GLBs and model-manifest.json go. */
  readonly outDir: string;
}

export interface AssetDirOverrides {
  /** From `--source`. */
  readonly source?: string | undefined;
  /** From `--out`. */
  readonly out?: string | undefined;
}

/**
 * Resolves the source and output folders: an explicit value (e.g. `--source`, `--out`) first,
 * then `ANATOMY_SOURCE_DIR` / `ASSETS_OUT_DIR`, then the defaults `../shared/anatomy/bodyparts3d`
 * (beside the repository) and `assets/out/`. Relative explicit and environment paths resolve
 * against the current directory.
 */
export function resolveAssetDirs(
  overrides: AssetDirOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): AssetDirs {
  const source = overrides.source ?? nonEmpty(env.ANATOMY_SOURCE_DIR);
  const out = overrides.out ?? nonEmpty(env.ASSETS_OUT_DIR);
  return {
    sourceDir: source
      ? path.resolve(source)
      : path.resolve(repoRoot, '../shared/anatomy/bodyparts3d'),
    outDir: out ? path.resolve(out) : path.resolve(repoRoot, 'assets/out'),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}
