import { computeBounds, type Box3 } from './compute-bounds.js';
import type { PartGeometry } from './part-geometry.js';
import { readVec3 } from './read-vec3.js';
import type { Registration } from './registrations.js';
import { unionBounds } from './union-bounds.js';

export type RegistrationOutcome =
  | {
      readonly ok: true;
      readonly geometry: PartGeometry;
      readonly bounds: Box3;
      /** Source bounding-box centre the part was scaled about (mm). */
      readonly pivot: [number, number, number];
      /** Where the pivot landed (mm). */
      readonly target: [number, number, number];
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Applies one registration (see registrations.ts) to a part's geometry in millimetres and checks
 * the result against its neighbours. `boundsOf` returns the source bounds of in-frame parts.
 */
export function registerPart(
  registration: Registration,
  geometry: PartGeometry,
  boundsOf: (fma: string) => Box3 | undefined,
): RegistrationOutcome {
  const landmarks = registration.landmark.fmas.map(boundsOf);
  const touched = registration.mustTouch.map(boundsOf);
  const missing = [
    ...registration.landmark.fmas.filter((_, i) => !landmarks[i]),
    ...registration.mustTouch.filter((_, i) => !touched[i]),
  ];
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `out of frame, and the neighbours needed to register it are missing (FMA ${[...new Set(missing)].join(', ')})`,
    };
  }
  const reference = unionBounds(landmarks.filter((box) => box !== undefined));
  const source = computeBounds(geometry.positions);
  const pivot = centre(source);
  const anchor = centre(reference);
  const target: [number, number, number] = [
    anchor[0] + registration.offset[0],
    anchor[1] + registration.offset[1],
    anchor[2] + registration.offset[2],
  ];
  const { scale } = registration;
  const positions = new Float32Array(geometry.positions.length);
  for (let v = 0; v < positions.length / 3; v++) {
    const p = readVec3(geometry.positions, v);
    positions.set(
      [
        (p[0] - pivot[0]) * scale + target[0],
        (p[1] - pivot[1]) * scale + target[1],
        (p[2] - pivot[2]) * scale + target[2],
      ],
      v * 3,
    );
  }
  const bounds = computeBounds(positions);
  const apart = registration.mustTouch.filter((_, i) => {
    const box = touched[i];
    return box !== undefined && !intersects(bounds, box);
  });
  if (apart.length > 0) {
    return {
      ok: false,
      reason: `registration check failed: the registered part does not reach FMA ${apart.join(', ')}`,
    };
  }
  return { ok: true, geometry: { positions, indices: geometry.indices }, bounds, pivot, target };
}

function centre(box: Box3): [number, number, number] {
  return [
    (box.min[0] + box.max[0]) / 2,
    (box.min[1] + box.max[1]) / 2,
    (box.min[2] + box.max[2]) / 2,
  ];
}

function intersects(a: Box3, b: Box3): boolean {
  for (const axis of [0, 1, 2] as const) {
    if (a.max[axis] < b.min[axis] || b.max[axis] < a.min[axis]) return false;
  }
  return true;
}
