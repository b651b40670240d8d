import type {
  Bone,
  Catalog,
  Muscle,
  MuscleGroup,
  Region,
  RegionInfo,
} from '#shared/anatomy/catalog-schema';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { buildUnderIndex, invertUnderIndex } from './layered-under.js';

/** The catalog with lookups by id and the name lexicon, built once per catalog. */
export interface CatalogIndex {
  catalog: Catalog;
  muscles: ReadonlyMap<string, Muscle>;
  groups: ReadonlyMap<string, MuscleGroup>;
  regions: ReadonlyMap<Region, RegionInfo>;
  bones: ReadonlyMap<string, Bone>;
  lexicon: Lexicon;
  /** Every `joint:movement` some muscle performs ("knee:extension"). */
  knownActions: ReadonlySet<string>;
  /** For a muscle id, the muscles the catalog's summaries say lie under it. */
  underneath: ReadonlyMap<string, readonly string[]>;
  /** For a muscle id, the muscles the catalog's summaries say lie over it (the inverse). */
  over: ReadonlyMap<string, readonly string[]>;
  /** Lookups for ids that come from the catalog itself; they throw on a broken catalog. */
  muscle(id: string): Muscle;
  group(id: string): MuscleGroup;
  region(id: string): RegionInfo;
  bone(id: string): Bone;
}

const lookup =
  <T>(map: ReadonlyMap<string, T>, kind: string) =>
  (id: string): T => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`The catalog has no ${kind} "${id}"`);
    return found;
  };

const cache = new WeakMap<Catalog, CatalogIndex>();

/** Indexes a catalog; the same catalog object always gets the same index. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached !== undefined) return cached;
  const muscles = new Map(catalog.muscles.map((m) => [m.id, m]));
  const groups = new Map(catalog.groups.map((g) => [g.id, g]));
  const regions = new Map(catalog.regions.map((r) => [r.id, r]));
  const bones = new Map(catalog.bones.map((b) => [b.id, b]));
  const lexicon = buildLexicon(catalog);
  const underneath = buildUnderIndex(catalog, lexicon);
  const index: CatalogIndex = {
    catalog,
    muscles,
    groups,
    regions,
    bones,
    muscle: lookup(muscles, 'muscle'),
    group: lookup(groups, 'group'),
    region: lookup(regions as ReadonlyMap<string, RegionInfo>, 'region'),
    bone: lookup(bones, 'bone'),
    lexicon,
    underneath,
    over: invertUnderIndex(underneath),
    knownActions: new Set(
      catalog.muscles.flatMap((m) => m.actions.map((a) => `${a.joint}:${a.movement}`)),
    ),
  };
  cache.set(catalog, index);
  return index;
}
