import { z } from 'zod';
import { MusclePartSlug } from '../protocol/muscle-part-id.js';

/** Kebab-case id, stable across releases: `biceps-brachii`, `rotator-cuff`. */
export const StructureId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');
export type StructureId = z.infer<typeof StructureId>;

/** Body regions a student names; every muscle sits in exactly one. */
export const Region = z.enum([
  'head',
  'neck',
  'shoulder',
  'arm',
  'forearm',
  'hand',
  'chest',
  'abdomen',
  'back',
  'pelvis',
  'hip',
  'thigh',
  'leg',
  'foot',
]);
export type Region = z.infer<typeof Region>;

export const Layer = z.enum(['superficial', 'intermediate', 'deep']);
export type Layer = z.infer<typeof Layer>;

/** Joints (or joint complexes) that muscle actions are expressed on. */
export const Joint = z.enum([
  'scapula',
  'shoulder',
  'elbow',
  'radioulnar',
  'wrist',
  'fingers',
  'thumb',
  'hip',
  'knee',
  'ankle',
  'subtalar',
  'toes',
  'great-toe',
  'head',
  'neck',
  'trunk',
  'ribs',
  'mandible',
  'hyoid',
  'pelvic-floor',
  /** Soft tissue of the face (brows, eyelids, lips, cheeks), moved by the muscles of facial expression. */
  'face',
]);
export type Joint = z.infer<typeof Joint>;

export const Movement = z.enum([
  'flexion',
  'extension',
  'abduction',
  'adduction',
  'medial-rotation',
  'lateral-rotation',
  'rotation',
  'lateral-flexion',
  'elevation',
  'depression',
  'protraction',
  'retraction',
  'upward-rotation',
  'downward-rotation',
  'pronation',
  'supination',
  'dorsiflexion',
  'plantarflexion',
  'inversion',
  'eversion',
  'opposition',
  'stabilization',
  'inspiration',
  'expiration',
  'compression',
  'support',
]);
export type Movement = z.infer<typeof Movement>;

/** One structured action: "flexes the elbow" is `{ joint: 'elbow', movement: 'flexion' }`. */
export const MuscleAction = z.strictObject({
  joint: Joint,
  movement: Movement,
  /** Whether this is the muscle's main job or an assisting one. @default 'prime' */
  role: z.enum(['prime', 'assist']).default('prime'),
  /**
   * Which fibres or head do it, under what condition, or how, when that matters: "descending
   * (upper) fibres", "long head", "with the hip flexed", "closes the jaw".
   */
  note: z.string().min(1).optional(),
});
export type MuscleAction = z.infer<typeof MuscleAction>;

/**
 * The BodyParts3D parts (FMA ids, as strings) that draw a structure. A muscle as a student names
 * it is a set of parts (heads, parts) on each side; unpaired structures use `midline`.
 */
export const MeshParts = z.strictObject({
  left: z.array(z.string().regex(/^\d+$/)).default([]),
  right: z.array(z.string().regex(/^\d+$/)).default([]),
  midline: z.array(z.string().regex(/^\d+$/)).default([]),
});
export type MeshParts = z.infer<typeof MeshParts>;

export const Muscle = z.strictObject({
  id: StructureId,
  name: z.string().min(1),
  /** Other formal names ("biceps brachii muscle", "musculus biceps brachii"). */
  synonyms: z.array(z.string().min(1)).default([]),
  /** What people actually type ("biceps", "bicep", "guns"). Lower case. */
  nicknames: z.array(z.string().min(1)).default([]),
  region: Region,
  /** Group ids this muscle belongs to (see `MuscleGroup`). */
  groups: z.array(StructureId).default([]),
  /** Fascial compartment, where the region has them ("anterior compartment of the arm"). */
  compartment: z.string().optional(),
  layer: Layer,
  origin: z.string().min(1),
  insertion: z.string().min(1),
  innervation: z.string().min(1),
  /** Nerve roots, e.g. "C5–C6". */
  roots: z.string().optional(),
  bloodSupply: z.string().optional(),
  actions: z.array(MuscleAction).min(1),
  /** One or two sentences a tutor would say first. */
  summary: z.string().min(1),
  parts: MeshParts,
  /**
   * For a muscle drawn in separate meshes per part: FMA id of each such mesh → the part it draws
   * (`descending`, `long-head`), as read from its BodyParts3D label by `musclePartOfLabel`.
   */
  partNames: z.record(z.string().regex(/^\d+$/), MusclePartSlug).optional(),
  /** False when the data set has no mesh for it: the app must say so, never highlight another. */
  hasMesh: z.boolean(),
});
export type Muscle = z.infer<typeof Muscle>;

export const Bone = z.strictObject({
  id: StructureId,
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  region: Region,
  parts: MeshParts,
});
export type Bone = z.infer<typeof Bone>;

/** A named set of muscles: "rotator cuff", "quadriceps", "hamstrings". */
export const MuscleGroup = z.strictObject({
  id: StructureId,
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  muscles: z.array(StructureId).min(1),
});
export type MuscleGroup = z.infer<typeof MuscleGroup>;

export const RegionInfo = z.strictObject({
  id: Region,
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
});
export type RegionInfo = z.infer<typeof RegionInfo>;

/** The whole catalog: one source of anatomy facts for the server, the agent and the viewer. */
export const Catalog = z.strictObject({
  version: z.string().min(1),
  muscles: z.array(Muscle).min(1),
  bones: z.array(Bone),
  groups: z.array(MuscleGroup),
  regions: z.array(RegionInfo),
});
export type Catalog = z.infer<typeof Catalog>;
