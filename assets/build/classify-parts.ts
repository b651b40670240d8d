import type { Catalog } from '#shared/anatomy/catalog-schema';
import type { ModelPart } from '#shared/anatomy/model-manifest';

export type PartClass = Pick<ModelPart, 'structureId' | 'kind' | 'side' | 'layer'>;

export interface PartClassifier {
  /** Class of a part by FMA id and label. */
  classify(fma: string, label: string): PartClass;
  /** Parts listed by more than one structure (the first listing wins). */
  readonly conflicts: readonly string[];
}

/**
 * Classifies parts from the catalog: a part listed by a muscle is a 'muscle' (with that muscle's
 * id and layer), by a bone a 'bone', else 'other'. The side is the list the catalog put the part in
 * (`left`/`right`/`midline`); for unlisted parts it is read from the label ("Left ...",
 * "... of right hand"), and is 'midline' when the label names no side.
 */
export function classifyParts(catalog: Catalog | null): PartClassifier {
  const listed = new Map<string, PartClass>();
  const conflicts: string[] = [];
  const add = (fma: string, value: PartClass): void => {
    const previous = listed.get(fma);
    if (previous) {
      conflicts.push(`FMA ${fma} is listed by ${previous.structureId} and ${value.structureId}`);
      return;
    }
    listed.set(fma, value);
  };
  for (const muscle of catalog?.muscles ?? []) {
    for (const side of ['left', 'right', 'midline'] as const) {
      for (const fma of muscle.parts[side]) {
        add(fma, { structureId: muscle.id, kind: 'muscle', side, layer: muscle.layer });
      }
    }
  }
  for (const bone of catalog?.bones ?? []) {
    for (const side of ['left', 'right', 'midline'] as const) {
      for (const fma of bone.parts[side]) {
        add(fma, { structureId: bone.id, kind: 'bone', side, layer: null });
      }
    }
  }
  return {
    conflicts,
    classify(fma, label) {
      return (
        listed.get(fma) ?? {
          structureId: null,
          kind: 'other',
          side: sideFromLabel(label),
          layer: null,
        }
      );
    },
  };
}

function sideFromLabel(label: string): PartClass['side'] {
  if (/\bleft\b/i.test(label)) return 'left';
  if (/\bright\b/i.test(label)) return 'right';
  return 'midline';
}
