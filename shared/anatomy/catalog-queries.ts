import type { Catalog, Joint, Movement, Muscle, MuscleAction, Region } from './catalog-schema.js';

/** A muscle that performs an action, with the catalog's record of that action (role, note). */
export interface ActionMatch {
  muscle: Muscle;
  action: MuscleAction;
}

export interface FindMusclesByActionOptions {
  /** Also return muscles that only assist the movement. @default false */
  includeAssist?: boolean;
}

/**
 * Muscles that perform `movement` at `joint` ("which muscles flex the elbow?"), prime movers first,
 * each group in catalog order. Muscles without a mesh are included: check `muscle.hasMesh`.
 */
export function findMusclesByAction(
  catalog: Catalog,
  joint: Joint,
  movement: Movement,
  { includeAssist = false }: FindMusclesByActionOptions = {},
): ActionMatch[] {
  const prime: ActionMatch[] = [];
  const assist: ActionMatch[] = [];
  for (const muscle of catalog.muscles) {
    const matching = muscle.actions.filter((a) => a.joint === joint && a.movement === movement);
    const best = matching.find((a) => a.role === 'prime') ?? matching[0];
    if (best === undefined) continue;
    if (best.role === 'prime') prime.push({ muscle, action: best });
    else if (includeAssist) assist.push({ muscle, action: best });
  }
  return [...prime, ...assist];
}

/** The members of a group, in the group's order; empty for an unknown group id. */
export function musclesInGroup(catalog: Catalog, groupId: string): Muscle[] {
  const group = catalog.groups.find((g) => g.id === groupId);
  if (group === undefined) return [];
  const byId = new Map(catalog.muscles.map((m) => [m.id, m]));
  return group.muscles.flatMap((id) => byId.get(id) ?? []);
}

/** The muscles whose region is `region`, in catalog order. */
export function musclesInRegion(catalog: Catalog, region: Region): Muscle[] {
  return catalog.muscles.filter((m) => m.region === region);
}

/**
 * The FMA ids of the mesh parts that draw the given muscles on one side or both. Midline parts are
 * always included. Unknown ids and muscles without a mesh contribute nothing.
 */
export function partsForMuscles(
  catalog: Catalog,
  ids: readonly string[],
  side: 'left' | 'right' | 'both',
): string[] {
  const wanted = new Set(ids);
  const fmaIds = new Set<string>();
  for (const muscle of catalog.muscles) {
    if (!wanted.has(muscle.id)) continue;
    const { left, right, midline } = muscle.parts;
    const sided = side === 'left' ? left : side === 'right' ? right : [...left, ...right];
    for (const fma of [...sided, ...midline]) fmaIds.add(fma);
  }
  return [...fmaIds];
}

/** The structure a mesh part belongs to. */
export interface StructureRef {
  id: string;
  kind: 'muscle' | 'bone';
  side: 'left' | 'right' | 'midline';
}

/** Maps every FMA id the catalog uses to its structure, e.g. for picking a mesh in the viewer. */
export function structureIdByFma(catalog: Catalog): Map<string, StructureRef> {
  const map = new Map<string, StructureRef>();
  const entries = [
    ...catalog.muscles.map((m) => ['muscle', m] as const),
    ...catalog.bones.map((b) => ['bone', b] as const),
  ];
  for (const [kind, { id, parts }] of entries) {
    for (const side of ['left', 'right', 'midline'] as const) {
      for (const fma of parts[side]) map.set(fma, { id, kind, side });
    }
  }
  return map;
}
