import type { AnatomyIndex } from './anatomy-index';

/** Display name of a muscle, bone or group id; the id itself when the catalog does not know it. */
export const structureName = (index: AnatomyIndex | null, id: string): string =>
  index?.muscles.get(id)?.name ?? index?.bones.get(id)?.name ?? index?.groups.get(id)?.name ?? id;
