import { z } from 'zod';
import { MusclePartSlug } from '../protocol/muscle-part-id.js';
import { NamedView } from '../protocol/named-view.js';
import { Layer } from './catalog-schema.js';

/** `[x, y, z]` in the model frame. */
export const ModelVec3 = z.tuple([z.number(), z.number(), z.number()]);
export type ModelVec3 = z.infer<typeof ModelVec3>;

/** Axis-aligned bounds in metres. */
export const ModelBounds = z.strictObject({ min: ModelVec3, max: ModelVec3 });
export type ModelBounds = z.infer<typeof ModelBounds>;

/** A camera placement, as returned by `frameBounds` (shared/anatomy/frame-camera.ts). */
export const CameraPose = z.strictObject({
  position: ModelVec3,
  target: ModelVec3,
  up: ModelVec3,
});
export type CameraPose = z.infer<typeof CameraPose>;

/** Node key in the GLB: `FMA<id>`, the part's Foundational Model of Anatomy id. */
export const PartKey = z.string().regex(/^FMA\d+$/);
export type PartKey = z.infer<typeof PartKey>;

export const PartKind = z.enum(['muscle', 'bone', 'other']);
export type PartKind = z.infer<typeof PartKind>;

export const PartSide = z.enum(['left', 'right', 'midline']);
export type PartSide = z.infer<typeof PartSide>;

export const TierName = z.enum(['light', 'full']);
export type TierName = z.infer<typeof TierName>;

/** One BodyParts3D part, drawn by one node of each tier's GLB. */
export const ModelPart = z.strictObject({
  key: PartKey,
  fma: z.string().regex(/^\d+$/),
  label: z.string().min(1),
  /** Catalog muscle or bone id that lists this part, or null when the catalog names none. */
  structureId: z.string().nullable(),
  /** 'muscle' or 'bone' when a catalog muscle or bone lists the part, else 'other'. */
  kind: PartKind,
  side: PartSide,
  /** The catalog muscle's layer; null for bones and other parts. */
  layer: Layer.nullable(),
  /**
   * Which named part of its muscle this mesh draws (`descending`, `long-head`), read from its
   * label; null or absent when it draws a whole muscle or is not a muscle.
   */
  musclePart: MusclePartSlug.nullable().optional(),
  /** Bounds of the source geometry, in metres. */
  bbox: ModelBounds,
  /** Area-weighted centroid of the source surface, in metres. */
  centroid: ModelVec3,
  triangles: z.strictObject({ light: z.int().positive(), full: z.int().positive() }),
});
export type ModelPart = z.infer<typeof ModelPart>;

/** A part listed in the source that is not in the model, with the reason (never silently lost). */
export const ExcludedPart = z.strictObject({
  key: PartKey,
  fma: z.string().regex(/^\d+$/),
  label: z.string().min(1),
  /** The source file, relative to the source folder. */
  file: z.string(),
  reason: z.string().min(1),
});
export type ExcludedPart = z.infer<typeof ExcludedPart>;

/**
 * A part whose source file was not in the body frame and was moved into it: scaled about its own
 * bounding-box centre `pivot`, which then lands on `target` (all millimetres, source frame).
 */
export const RegisteredPart = z.strictObject({
  key: PartKey,
  label: z.string().min(1),
  scale: z.number().positive(),
  pivot: ModelVec3,
  target: ModelVec3,
  /** The anatomical landmark used, in words. */
  landmark: z.string().min(1),
});
export type RegisteredPart = z.infer<typeof RegisteredPart>;

/** One GLB file: the same parts at a given level of detail. */
export const ModelTier = z.strictObject({
  name: TierName,
  /** File name, beside the manifest. */
  file: z.string().min(1),
  bytes: z.int().positive(),
  triangles: z.int().positive(),
  /** Simplification error bounds used, in millimetres (bones may take a larger one). */
  maxErrorMm: z.strictObject({ muscle: z.number().nonnegative(), bone: z.number().nonnegative() }),
});
export type ModelTier = z.infer<typeof ModelTier>;

/**
 * `model-manifest.json`, written beside the GLBs by `npm run assets`.
 *
 * GLB layout (both tiers): the default scene has one root node `body` whose matrix maps the
 * quantized vertex data to metres (one quantization volume for the whole scene); its children are
 * one node per part, named by `key` (`FMA<id>`) with identity transforms and
 * `extras: { fma, structureId, kind, side }`, each with one mesh of one triangle primitive
 * (POSITION, NORMAL, indices; EXT_meshopt_compression + KHR_mesh_quantization). Materials are
 * shared by kind (`muscle`, `bone`, `other`), so merging parts by kind at load is one
 * `mergeGeometries` per material inside the `body` node.
 */
export const ModelManifest = z.strictObject({
  /** Manifest format version; bumped on breaking changes. */
  version: z.literal(1),
  /** SHA-256 over the build inputs (parts list, source files, catalog, build code). */
  inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  builtAt: z.iso.datetime(),
  /** Version of the catalog that classified the parts, or null when no catalog was available. */
  catalogVersion: z.string().nullable(),
  units: z.literal('m'),
  frame: z.strictObject({
    up: z.literal('+Y'),
    left: z.literal('+X'),
    anterior: z.literal('+Z'),
    description: z.string().min(1),
  }),
  attribution: z.strictObject({
    text: z.string().min(1),
    source: z.string().min(1),
    copyright: z.string().min(1),
    license: z.string().min(1),
    licenseUrl: z.url(),
  }),
  tiers: z.array(ModelTier).min(1),
  /** Bounds of every part together, in metres. */
  bounds: ModelBounds,
  /** The camera the `views` were framed for. */
  camera: z.strictObject({ fovDeg: z.number().positive(), aspect: z.number().positive() }),
  /** For each named view, a camera framing the whole body. */
  views: z.record(NamedView, CameraPose),
  parts: z.array(ModelPart),
  registered: z.array(RegisteredPart),
  excluded: z.array(ExcludedPart),
});
export type ModelManifest = z.infer<typeof ModelManifest>;
