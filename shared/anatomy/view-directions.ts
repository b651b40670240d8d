import type { NamedView } from '../protocol/named-view.js';

export type Vec3 = readonly [number, number, number];

/**
 * Unit direction from the target towards the camera for each named view, in the model frame:
 * +X is the body's left, +Y up, +Z anterior (see ../shared/anatomy/README.md).
 */
export const viewDirections: Readonly<Record<NamedView, { direction: Vec3; up: Vec3 }>> = {
  anterior: { direction: [0, 0, 1], up: [0, 1, 0] },
  posterior: { direction: [0, 0, -1], up: [0, 1, 0] },
  left: { direction: [1, 0, 0], up: [0, 1, 0] },
  right: { direction: [-1, 0, 0], up: [0, 1, 0] },
  superior: { direction: [0, 1, 0], up: [0, 0, -1] },
  inferior: { direction: [0, -1, 0], up: [0, 0, 1] },
  'anterolateral-left': { direction: [Math.SQRT1_2, 0, Math.SQRT1_2], up: [0, 1, 0] },
  'anterolateral-right': { direction: [-Math.SQRT1_2, 0, Math.SQRT1_2], up: [0, 1, 0] },
  'posterolateral-left': { direction: [Math.SQRT1_2, 0, -Math.SQRT1_2], up: [0, 1, 0] },
  'posterolateral-right': { direction: [-Math.SQRT1_2, 0, -Math.SQRT1_2], up: [0, 1, 0] },
};
