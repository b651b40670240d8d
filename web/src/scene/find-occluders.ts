import { DoubleSide, Ray, Vector3, type Frustum } from 'three';
import type { BodyBatch } from './body-batch';
import type { PartStateTexture } from './part-state-texture';

/** Where one part's vertices lie in its batch (merged parts are contiguous runs of vertices). */
export interface PartRange {
  readonly batch: BodyBatch;
  readonly start: number;
  readonly count: number;
}

const rangesOf = new WeakMap<readonly BodyBatch[], Map<number, PartRange>>();

/** Each part's run of vertices in the batches on screen (computed once per set of batches). */
export const partRanges = (batches: readonly BodyBatch[]): Map<number, PartRange> => {
  let ranges = rangesOf.get(batches);
  if (ranges) return ranges;
  ranges = new Map();
  for (const batch of batches) {
    const parts = batch.partOfVertex;
    let start = 0;
    for (let v = 1; v <= parts.length; v += 1) {
      if (v === parts.length || parts[v] !== parts[start]) {
        const part = parts[start] ?? -1;
        if (part >= 0) ranges.set(part, { batch, start, count: v - start });
        start = v;
      }
    }
  }
  rangesOf.set(batches, ranges);
  return ranges;
};

export interface OccluderOptions {
  /** Sample vertices per target part, evenly spread (those facing away are skipped). @default 80 */
  samplesPerPart?: number;
  /** A part fades only if it blocks at least this many rays… @default 2 */
  minRays?: number;
  /** …and at least this share of all rays cast. @default 0.04 */
  minShare?: number;
  /** When given, only samples inside it count (what the camera frames). @default null */
  inView?: Frustum | null;
  /**
   * The share of a target's rays that must be blocked before anything fades for it (e.g. more
   * for a muscle on the surface, whose inner side is hidden by nature). @default () => 0.25
   */
  minCoveredOf?: (part: number) => number;
}

export interface OccluderResult {
  /** Parts in front of the targets, most blocking first. */
  readonly occluders: number[];
  /** Targets covered enough that parts were faded for them. */
  readonly covered: number[];
  /** Rays cast from the eye to sample points on the targets. */
  readonly rays: number;
  /** Rays that met another visible part before reaching a target. */
  readonly blocked: number;
  /** Rays each part blocked (before the thresholds), for tuning and the benchmark. */
  readonly blockedBy: ReadonlyMap<number, number>;
}

const ray = new Ray();
const vertex = new Vector3();
const normal = new Vector3();

/**
 * The visible parts that stand between `eye` and the `targets` parts: rays go from the eye to
 * sample vertices of each target on its camera-facing side, and every visible non-target part
 * met before the ray first reaches a target counts as covering it. Nothing fades for a target
 * that is mostly in sight, and parts that block only a stray ray or two (grazing an edge) are
 * left alone, so a muscle on the surface fades nothing.
 */
export const findOccluders = (
  eye: Vector3,
  targets: ReadonlySet<number>,
  batches: readonly BodyBatch[],
  states: PartStateTexture,
  options: OccluderOptions = {},
): OccluderResult => {
  const samplesPerPart = options.samplesPerPart ?? 80;
  const ranges = partRanges(batches);
  const blockedBy = new Map<number, number>();
  const fadeFor = new Map<number, number>();
  let coveredRays = 0;
  let rays = 0;
  let blocked = 0;
  const covered: number[] = [];
  for (const target of targets) {
    const range = ranges.get(target);
    if (!range) continue;
    let targetRays = 0;
    let targetBlocked = 0;
    const targetBlockedBy = new Map<number, number>();
    const position = range.batch.geometry.getAttribute('position');
    const normals = range.batch.geometry.getAttribute('normal');
    const step = Math.max(1, Math.floor(range.count / samplesPerPart));
    for (let v = range.start; v < range.start + range.count; v += step) {
      vertex.fromBufferAttribute(position, v);
      if (options.inView && !options.inView.containsPoint(vertex)) continue;
      ray.origin.copy(eye);
      ray.direction.subVectors(vertex, eye);
      const distance = ray.direction.length();
      if (distance < 1e-6) continue;
      ray.direction.divideScalar(distance);
      // Only the side facing the camera counts: the far side of a muscle is never in view.
      if (normals && normal.fromBufferAttribute(normals, v).dot(ray.direction) >= 0) continue;
      rays += 1;
      targetRays += 1;
      const hits: { distance: number; part: number }[] = [];
      for (const batch of batches) {
        if (!batch.bvh) continue;
        const index = batch.geometry.index?.array;
        for (const hit of batch.bvh.raycast(ray, DoubleSide, 0, distance + 1e-4)) {
          const first = index?.[(hit.faceIndex ?? 0) * 3] ?? 0;
          const part = batch.partOfVertex[first] ?? -1;
          if (part >= 0 && states.isVisible(part)) hits.push({ distance: hit.distance, part });
        }
      }
      hits.sort((a, b) => a.distance - b.distance);
      const seen = new Set<number>();
      for (const hit of hits) {
        if (targets.has(hit.part)) break;
        seen.add(hit.part);
      }
      if (seen.size > 0) {
        blocked += 1;
        targetBlocked += 1;
      }
      for (const part of seen) {
        blockedBy.set(part, (blockedBy.get(part) ?? 0) + 1);
        targetBlockedBy.set(part, (targetBlockedBy.get(part) ?? 0) + 1);
      }
    }
    const needed = options.minCoveredOf?.(target) ?? 0.25;
    if (targetBlocked === 0 || targetBlocked < needed * targetRays) continue;
    covered.push(target);
    coveredRays += targetRays;
    for (const [part, count] of targetBlockedBy)
      fadeFor.set(part, (fadeFor.get(part) ?? 0) + count);
  }
  const threshold = Math.max(options.minRays ?? 2, (options.minShare ?? 0.04) * coveredRays);
  const occluders = [...fadeFor]
    .filter(([, count]) => count >= threshold)
    .sort((a, b) => b[1] - a[1])
    .map(([part]) => part);
  return { occluders, covered: occluders.length > 0 ? covered : [], rays, blocked, blockedBy };
};
