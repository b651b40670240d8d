import type { TierName } from '#shared/anatomy/model-manifest';

export interface TierSettings {
  readonly name: TierName;
  /** Output file name. */
  readonly file: string;
  /**
   * Largest simplification error, absolute, in millimetres. Bones keep their silhouette at twice
   * the muscles' error; unclassified parts take the muscles' bound.
   */
  readonly maxErrorMm: { readonly muscle: number; readonly bone: number };
  /**
   * Bits per position component, over the whole body's quantization volume (about 1.7 m): 14 bits
   * is a 0.1 mm grid, 12 bits 0.4 mm.
   */
  readonly quantizePosition: number;
  /** What the tier must stay within (checked by test/assets/model.test.ts). */
  readonly budget: {
    readonly maxBytes: number;
    readonly minTriangles: number;
    readonly maxTriangles: number;
  };
}

/** Every part keeps at least this many triangles in every tier (or all it has, if fewer). */
export const MIN_PART_TRIANGLES = 90;

/**
 * The two levels of detail. Measured on the 515 BodyParts3D files (2.55 M triangles): 1.5 mm
 * leaves about 102k triangles (half the parts then sit at the 90-triangle floor) in 0.75 MB,
 * 0.3 mm about 488k in 2.39 MB.
 */
export const tierSettings: readonly TierSettings[] = [
  {
    name: 'light',
    file: 'body-light.glb',
    maxErrorMm: { muscle: 1.5, bone: 3 },
    quantizePosition: 14,
    budget: { maxBytes: 1_000_000, minTriangles: 60_000, maxTriangles: 150_000 },
  },
  {
    name: 'full',
    file: 'body-full.glb',
    maxErrorMm: { muscle: 0.3, bone: 0.6 },
    quantizePosition: 14,
    budget: { maxBytes: 3_000_000, minTriangles: 400_000, maxTriangles: 700_000 },
  },
];
