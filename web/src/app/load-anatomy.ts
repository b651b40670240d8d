import { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import { buildAnatomyIndex } from '../state/build-anatomy-index';
import type { ViewerStore } from '../state/viewer-store';

const looksUsable = (body: unknown): body is AnatomyResponse => {
  const value = body as {
    catalog?: { muscles?: unknown; groups?: unknown; regions?: unknown; bones?: unknown };
    model?: { available?: unknown };
  };
  return (
    Array.isArray(value?.catalog?.muscles) &&
    Array.isArray(value.catalog.groups) &&
    Array.isArray(value.catalog.regions) &&
    Array.isArray(value.catalog.bones) &&
    typeof value.model?.available === 'boolean'
  );
};

/**
 * Fetches `/api/anatomy` (the catalog, and the model when built) into the store. A missing model
 * is not an error: the view shows the server's one-line message instead. Retries a failed fetch.
 */
export const loadAnatomy = async (
  store: ViewerStore,
  fetchImpl: typeof fetch = fetch,
): Promise<void> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const res = await fetchImpl('/api/anatomy', { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`GET /api/anatomy answered ${res.status}`);
      const body: unknown = await res.json();
      const parsed = AnatomyResponse.safeParse(body);
      let data: AnatomyResponse;
      if (parsed.success) {
        data = parsed.data;
      } else if (looksUsable(body)) {
        // The server is the authority on its data; a schema drift (an extra field) must not
        // blank the app. Say so in the console for the developers.
        console.warn(
          '[anatomy] /api/anatomy does not match the shared schema',
          parsed.error.issues.slice(0, 5),
        );
        data = body;
      } else {
        store.getState().setModelLoad({
          phase: 'error',
          message: 'The anatomy data from the server is not in the expected format.',
        });
        console.error('[anatomy] invalid /api/anatomy response', parsed.error.issues.slice(0, 5));
        return;
      }
      const index = buildAnatomyIndex(data);
      store.getState().setAnatomy(index);
      if (!index.model)
        store.getState().setModelLoad({ phase: 'missing', message: index.modelMessage });
      return;
    } catch (error) {
      if (attempt >= 4) {
        store.getState().setModelLoad({
          phase: 'error',
          message: 'Could not reach the server to load the anatomy data.',
        });
        console.error('[anatomy]', error);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 800 * 2 ** attempt));
    }
  }
};
