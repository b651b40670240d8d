import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../../shared/anatomy/catalog-schema.js';

export type CatalogLoad =
  | { readonly catalog: Catalog; readonly warning: null }
  | { readonly catalog: null; readonly warning: string };

const LOADER_URL = new URL('../../shared/anatomy/load-catalog.ts', import.meta.url);

/**
 * Loads the anatomy catalog through `loadCatalog()` from shared/anatomy/load-catalog.ts when that
 * module exists, validating the result against the Catalog schema. Without it (or when it fails)
 * the build goes on with every part unclassified (`kind: 'other'`) and says why.
 */
export async function loadCatalogIfAvailable(): Promise<CatalogLoad> {
  if (!existsSync(fileURLToPath(LOADER_URL))) {
    return {
      catalog: null,
      warning: 'shared/anatomy/load-catalog.ts not found: parts are not classified (kind "other")',
    };
  }
  try {
    // A computed specifier keeps type checking independent of a module another change provides.
    const specifier: string = '../../shared/anatomy/load-catalog.js';
    const loader = (await import(/* @vite-ignore */ specifier)) as { loadCatalog?: unknown };
    if (typeof loader.loadCatalog !== 'function') {
      return { catalog: null, warning: 'shared/anatomy/load-catalog.ts exports no loadCatalog()' };
    }
    const loaded: unknown = await (loader.loadCatalog as () => unknown)();
    return { catalog: Catalog.parse(loaded), warning: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      catalog: null,
      warning: `the catalog failed to load (${message.split('\n')[0]}): parts are not classified`,
    };
  }
}
