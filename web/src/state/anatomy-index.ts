import type { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import type {
  Bone,
  Catalog,
  Muscle,
  MuscleGroup,
  Region,
  RegionInfo,
} from '#shared/anatomy/catalog-schema';
import type { ModelManifest, ModelPart } from '#shared/anatomy/model-manifest';

/** Part indices (positions in `manifest.parts`) of one structure, by side. */
export interface StructureParts {
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly midline: readonly number[];
}

/** The loaded catalog and model manifest with the lookups the viewer needs. */
export interface AnatomyIndex {
  readonly catalog: Catalog;
  readonly muscles: ReadonlyMap<string, Muscle>;
  readonly bones: ReadonlyMap<string, Bone>;
  readonly groups: ReadonlyMap<string, MuscleGroup>;
  readonly regions: ReadonlyMap<Region, RegionInfo>;
  /** The model, when built; else `modelMessage` says why not. */
  readonly model: Extract<AnatomyResponse['model'], { available: true }> | null;
  readonly modelMessage: string | null;
  readonly manifest: ModelManifest | null;
  /** Manifest parts; a part's index here is its index in the part-state texture. */
  readonly parts: readonly ModelPart[];
  readonly partIndexByKey: ReadonlyMap<string, number>;
  /** Structure (muscle or bone) id → its parts. */
  readonly structureParts: ReadonlyMap<string, StructureParts>;
  /** Part index → the structure it belongs to, or null. */
  readonly partStructure: readonly (string | null)[];
  /** Part index → the named part of its muscle it draws (`descending`), or null. */
  readonly musclePart: readonly (string | null)[];
}
