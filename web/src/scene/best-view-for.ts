import type { ModelBounds } from '#shared/anatomy/model-manifest';
import type { NamedView } from '#shared/protocol/index';

const horizontal: readonly { view: NamedView; x: number; z: number }[] = [
  { view: 'anterior', x: 0, z: 1 },
  { view: 'anterolateral-left', x: Math.SQRT1_2, z: Math.SQRT1_2 },
  { view: 'left', x: 1, z: 0 },
  { view: 'posterolateral-left', x: Math.SQRT1_2, z: -Math.SQRT1_2 },
  { view: 'posterior', x: 0, z: -1 },
  { view: 'posterolateral-right', x: -Math.SQRT1_2, z: -Math.SQRT1_2 },
  { view: 'right', x: -1, z: 0 },
  { view: 'anterolateral-right', x: -Math.SQRT1_2, z: Math.SQRT1_2 },
];

/**
 * A guess, from bounds alone, at the named view that looks at a structure from the side of the
 * body it lies on: from behind
 * for back muscles, from the front (or front-side) for the rest. Front and back count more than
 * left and right, which suits limbs that sit far from the midline.
 */
export const bestViewFor = (focus: ModelBounds, body: ModelBounds): NamedView => {
  const cx = (focus.min[0] + focus.max[0]) / 2 - (body.min[0] + body.max[0]) / 2;
  const cz = (focus.min[2] + focus.max[2]) / 2 - (body.min[2] + body.max[2]) / 2;
  const depth = Math.max(1e-6, (body.max[2] - body.min[2]) / 2);
  const width = Math.max(1e-6, (body.max[0] - body.min[0]) / 2);
  // Front/back in units of the body's depth (biased to the front, where most of what students
  // ask about is), left/right in units of its width, weighted down: limbs sit far out.
  const z = cz / depth + 0.25;
  const x = (cx / width) * 0.35;
  let best: NamedView = 'anterior';
  let bestDot = -Infinity;
  for (const candidate of horizontal) {
    const dot = candidate.x * x + candidate.z * z;
    if (dot > bestDot) {
      bestDot = dot;
      best = candidate.view;
    }
  }
  return best;
};
