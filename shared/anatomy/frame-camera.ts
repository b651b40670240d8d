import type { NamedView } from '../protocol/named-view.js';
import { viewDirections } from './view-directions.js';

type Vec3 = [number, number, number];

/** An axis-aligned box in the model frame (metres, +X the body's left, +Y up, +Z anterior). */
export interface FrameBox {
  readonly min: readonly [number, number, number];
  readonly max: readonly [number, number, number];
}

/** A camera placement: where it sits, what it looks at, and which way is up on screen. */
export interface FramedCamera {
  position: Vec3;
  target: Vec3;
  up: Vec3;
}

export interface FrameBoundsOptions {
  /** Extra room around the box, as a fraction of the fitted distance. @default 0.05 */
  margin?: number;
}

/**
 * Places a perspective camera so that the whole box is in view from a named direction: the camera
 * looks at the box centre from `viewDirections[view]`, far enough that the box's projected width
 * and height fit the vertical field of view `fovDeg` and the viewport `aspect` (width / height),
 * measured from the box's nearest face. Pure: the viewer reuses it to frame any set of muscles.
 */
export function frameBounds(
  bbox: FrameBox,
  view: NamedView,
  fovDeg: number,
  aspect: number,
  options: FrameBoundsOptions = {},
): FramedCamera {
  const margin = options.margin ?? 0.05;
  const { direction, up: upHint } = viewDirections[view];
  const target: Vec3 = [
    (bbox.min[0] + bbox.max[0]) / 2,
    (bbox.min[1] + bbox.max[1]) / 2,
    (bbox.min[2] + bbox.max[2]) / 2,
  ];
  const half: Vec3 = [
    Math.abs(bbox.max[0] - bbox.min[0]) / 2,
    Math.abs(bbox.max[1] - bbox.min[1]) / 2,
    Math.abs(bbox.max[2] - bbox.min[2]) / 2,
  ];
  const back = normalize([direction[0], direction[1], direction[2]]);
  const right = normalize(cross([upHint[0], upHint[1], upHint[2]], back));
  const up = cross(back, right);

  const halfWidth = extentAlong(right, half);
  const halfHeight = extentAlong(up, half);
  const halfDepth = extentAlong(back, half);
  const tanHalfV = Math.tan((fovDeg * Math.PI) / 180 / 2);
  const tanHalfH = tanHalfV * aspect;
  const fit = Math.max(halfWidth / tanHalfH, halfHeight / tanHalfV) * (1 + margin);
  // A degenerate box still gets a camera in front of it rather than on top of it.
  const distance = Math.max(fit + halfDepth, 1e-3);

  return {
    position: [
      target[0] + back[0] * distance,
      target[1] + back[1] * distance,
      target[2] + back[2] * distance,
    ],
    target,
    up,
  };
}

function extentAlong(axis: Vec3, half: Vec3): number {
  return Math.abs(axis[0]) * half[0] + Math.abs(axis[1]) * half[1] + Math.abs(axis[2]) * half[2];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function normalize(v: Vec3): Vec3 {
  const length = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / length, v[1] / length, v[2] / length];
}
