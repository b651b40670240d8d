import type { Catalog } from '#shared/anatomy/catalog-schema';
import { loadCatalog } from '#shared/anatomy/load-catalog';

export type CatalogLoad =
  | { readonly catalog: Catalog; readonly warning: null }
  | { readonly catalog: null; readonly warning: string };

/**
 * Loads the anatomy catalog (`assets/catalog`, checked by `loadCatalog()`). When it fails to parse
 * the build goes on with every part unclassified (`kind: 'other'`) and says why, so a broken
 * catalog edit still yields a model to look at.
 */
export function loadCatalogIfAvailable(): CatalogLoad {
  try {
    return { catalog: loadCatalog(), warning: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      catalog: null,
      warning: `the catalog failed to load (${message.split('\n')[0]}): parts are not classified`,
    };
  }
}
