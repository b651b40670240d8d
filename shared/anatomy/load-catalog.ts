import { z } from 'zod';
import { Catalog, Region } from './catalog-schema.js';
import muscles from '../../assets/catalog/muscles.json' with { type: 'json' };
import bones from '../../assets/catalog/bones.json' with { type: 'json' };
import groups from '../../assets/catalog/groups.json' with { type: 'json' };
import regions from '../../assets/catalog/regions.json' with { type: 'json' };
import meta from '../../assets/catalog/meta.json' with { type: 'json' };

/**
 * Parses an unknown value into a `Catalog`: the zod schema first, then cross-reference integrity
 * (unique ids, group membership both ways, `hasMesh` matching the parts, each FMA id drawn by at
 * most one structure, every region described once).
 *
 * @throws Error whose message lists every problem found, one per line.
 */
export function parseCatalog(raw: unknown): Catalog {
  const result = Catalog.safeParse(raw);
  if (!result.success) {
    throw new Error(`Invalid anatomy catalog:\n${z.prettifyError(result.error)}`);
  }
  const problems = findIntegrityProblems(result.data);
  if (problems.length > 0) {
    throw new Error(
      `Anatomy catalog has ${problems.length} integrity problem(s):\n- ${problems.join('\n- ')}`,
    );
  }
  return result.data;
}

let cached: Catalog | undefined;

/** The catalog shipped in `assets/catalog`, parsed and checked once, then memoized. */
export function loadCatalog(): Catalog {
  cached ??= parseCatalog({ version: meta.version, muscles, bones, groups, regions });
  return cached;
}

function findIntegrityProblems(catalog: Catalog): string[] {
  const problems: string[] = [];

  const kindById = new Map<string, string>();
  const structures = [
    ...catalog.muscles.map((m) => ['muscle', m.id] as const),
    ...catalog.bones.map((b) => ['bone', b.id] as const),
    ...catalog.groups.map((g) => ['group', g.id] as const),
  ];
  for (const [kind, id] of structures) {
    const previous = kindById.get(id);
    if (previous !== undefined) problems.push(`duplicate id "${id}" (${previous} and ${kind})`);
    else kindById.set(id, kind);
  }

  const musclesById = new Map(catalog.muscles.map((m) => [m.id, m]));
  const groupsById = new Map(catalog.groups.map((g) => [g.id, g]));
  for (const group of catalog.groups) {
    for (const memberId of group.muscles) {
      const muscle = musclesById.get(memberId);
      if (muscle === undefined) {
        problems.push(`group "${group.id}" lists unknown muscle "${memberId}"`);
      } else if (!muscle.groups.includes(group.id)) {
        problems.push(
          `group "${group.id}" lists "${memberId}" but the muscle does not list the group`,
        );
      }
    }
  }
  for (const muscle of catalog.muscles) {
    for (const groupId of muscle.groups) {
      const group = groupsById.get(groupId);
      if (group === undefined) {
        problems.push(`muscle "${muscle.id}" lists unknown group "${groupId}"`);
      } else if (!group.muscles.includes(muscle.id)) {
        problems.push(
          `muscle "${muscle.id}" lists group "${groupId}" but the group does not list it`,
        );
      }
    }
    const partCount =
      muscle.parts.left.length + muscle.parts.right.length + muscle.parts.midline.length;
    const drawn = [...muscle.parts.left, ...muscle.parts.right, ...muscle.parts.midline];
    for (const fma of Object.keys(muscle.partNames ?? {}))
      if (!drawn.includes(fma))
        problems.push(`muscle "${muscle.id}" names part FMA ${fma} it does not list`);
    if (muscle.hasMesh !== partCount > 0) {
      problems.push(
        `muscle "${muscle.id}" has hasMesh ${muscle.hasMesh} but ${partCount} mesh part(s)`,
      );
    }
  }

  const ownerByFma = new Map<string, string>();
  for (const { id, parts } of [...catalog.muscles, ...catalog.bones]) {
    for (const side of ['left', 'right', 'midline'] as const) {
      for (const fma of parts[side]) {
        const owner = ownerByFma.get(fma);
        if (owner !== undefined) problems.push(`FMA ${fma} is used by "${owner}" and "${id}"`);
        else ownerByFma.set(fma, id);
      }
    }
  }

  const described = catalog.regions.map((r) => r.id);
  for (const region of Region.options) {
    const count = described.filter((id) => id === region).length;
    if (count !== 1) problems.push(`region "${region}" is described ${count} times (expected 1)`);
  }

  return problems;
}
