import type { ModelManifest } from '#shared/anatomy/model-manifest';
import type { ModelFile } from './browser-report.js';

/** The model files of a manifest with what a page fetched of them. */
export const modelFiles = (
  manifest: ModelManifest,
  transferred: ReadonlyMap<string, number>,
  tiers: readonly ('light' | 'full')[],
): ModelFile[] =>
  manifest.tiers
    .filter((tier) => tiers.includes(tier.name))
    .map((tier) => {
      const url = [...transferred.keys()].find((u) => u.endsWith(`/${tier.file}`));
      return {
        tier: tier.name,
        manifestBytes: tier.bytes,
        transferredBytes: url === undefined ? null : (transferred.get(url) ?? null),
        triangles: tier.triangles,
      };
    });
