import type { AnatomyIndex } from '../state/anatomy-index';
import type { SearchEntry } from './search-entry';

/** Muscles, groups and regions of the catalog as search entries. */
export const buildSearchEntries = (anatomy: AnatomyIndex): SearchEntry[] => {
  const { catalog } = anatomy;
  const regionName = (id: string) => anatomy.regions.get(id as never)?.name ?? id;
  const groupNames = (ids: readonly string[]) =>
    ids.map((id) => anatomy.groups.get(id)?.name ?? id);
  const muscles: SearchEntry[] = catalog.muscles.map((m) => ({
    kind: 'muscle',
    id: m.id,
    name: m.name,
    synonyms: m.synonyms,
    nicknames: m.nicknames,
    groups: groupNames(m.groups),
    region: regionName(m.region),
    hasMesh: m.hasMesh,
    muscleIds: [m.id],
  }));
  const groups: SearchEntry[] = catalog.groups.map((g) => ({
    kind: 'group',
    id: g.id,
    name: g.name,
    synonyms: g.synonyms,
    nicknames: [],
    groups: [],
    region: '',
    hasMesh: g.muscles.some((id) => anatomy.muscles.get(id)?.hasMesh),
    muscleIds: g.muscles,
  }));
  const regions: SearchEntry[] = catalog.regions.map((r) => {
    const ids = catalog.muscles.filter((m) => m.region === r.id).map((m) => m.id);
    return {
      kind: 'region',
      id: r.id,
      name: r.name,
      synonyms: r.synonyms,
      nicknames: [],
      groups: [],
      region: r.name,
      hasMesh: ids.some((id) => anatomy.muscles.get(id)?.hasMesh),
      muscleIds: ids,
    };
  });
  return [...muscles, ...groups, ...regions];
};
