import { ensureAssets } from '../../../assets/build/ensure-assets.js';
import { assetsOutDir } from './e2e-paths.js';

/** Builds the body model when it is missing or stale (the asset build's own check). */
export const ensureModel = async (log: (line: string) => void = () => undefined): Promise<void> => {
  const status = await ensureAssets({ outDir: assetsOutDir, log });
  if (status.state === 'missing-source') {
    throw new Error(`The e2e suite needs the body model: ${status.message}`);
  }
};
