import { z } from 'zod';
import { Catalog } from './catalog-schema.js';
import { ModelManifest } from './model-manifest.js';

/** `GET /api/anatomy`: the catalog, and the model if it has been built. */
export const AnatomyResponse = z.strictObject({
  catalog: Catalog,
  model: z.discriminatedUnion('available', [
    z.strictObject({
      available: z.literal(true),
      manifest: ModelManifest,
      /** Served with long-lived caching; the light tier is shown first, then the full one. */
      urls: z.strictObject({ light: z.string(), full: z.string() }),
    }),
    z.strictObject({
      available: z.literal(false),
      /** One line saying what is missing and how to fix it; the UI shows it as is. */
      message: z.string(),
    }),
  ]),
});
export type AnatomyResponse = z.infer<typeof AnatomyResponse>;
