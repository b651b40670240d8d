import type { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import type { MeshParts } from '#shared/anatomy/catalog-schema';
import type { AnatomyIndex, StructureParts } from './anatomy-index';

type MutableParts = { left: number[]; right: number[]; midline: number[] };

/** Builds the lookups once per `/api/anatomy` answer. */
export const buildAnatomyIndex = (response: AnatomyResponse): AnatomyIndex => {
  const { catalog } = response;
  const manifest = response.model.available ? response.model.manifest : null;
  const parts = manifest?.parts ?? [];
  const partIndexByKey = new Map<string, number>();
  parts.forEach((part, index) => partIndexByKey.set(part.key, index));

  const structureParts = new Map<string, MutableParts>();
  const partStructure: (string | null)[] = parts.map(() => null);
  const add = (structureId: string, side: keyof MutableParts, index: number) => {
    let entry = structureParts.get(structureId);
    if (!entry) {
      entry = { left: [], right: [], midline: [] };
      structureParts.set(structureId, entry);
    }
    if (!entry[side].includes(index)) entry[side].push(index);
    partStructure[index] ??= structureId;
  };
  const addCatalogParts = (structureId: string, meshParts: MeshParts) => {
    for (const side of ['left', 'right', 'midline'] as const) {
      for (const fma of meshParts[side]) {
        const index = partIndexByKey.get(`FMA${fma}`);
        if (index !== undefined) add(structureId, side, index);
      }
    }
  };
  for (const muscle of catalog.muscles) addCatalogParts(muscle.id, muscle.parts);
  for (const bone of catalog.bones) addCatalogParts(bone.id, bone.parts);
  parts.forEach((part, index) => {
    if (part.structureId) add(part.structureId, part.side, index);
  });

  return {
    catalog,
    muscles: new Map(catalog.muscles.map((m) => [m.id, m])),
    bones: new Map(catalog.bones.map((b) => [b.id, b])),
    groups: new Map(catalog.groups.map((g) => [g.id, g])),
    regions: new Map(catalog.regions.map((r) => [r.id, r])),
    model: response.model.available ? response.model : null,
    modelMessage: response.model.available ? null : response.model.message,
    manifest,
    parts,
    partIndexByKey,
    structureParts: structureParts as ReadonlyMap<string, StructureParts>,
    partStructure,
    musclePart: parts.map((part) => part.musclePart ?? null),
  };
};
