import Fuse from 'fuse.js';
import type { SearchEntry } from './search-entry';

export type MuscleSearch = (query: string, limit?: number) => SearchEntry[];

/**
 * Fuzzy search (fuse.js) over names, synonyms, nicknames, groups and regions, names weighted
 * most; typos like "bicep brachi" still find the biceps.
 */
export const createMuscleSearch = (entries: readonly SearchEntry[]): MuscleSearch => {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'nicknames', weight: 2.5 },
      { name: 'synonyms', weight: 2 },
      { name: 'groups', weight: 1 },
      { name: 'region', weight: 0.6 },
    ],
    threshold: 0.36,
    ignoreLocation: true,
    includeScore: true,
  });
  return (query, limit = 40) => {
    const q = query.trim();
    if (q === '') return [];
    return fuse.search(q, { limit }).map((result) => result.item);
  };
};
