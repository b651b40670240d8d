import { viewDirections } from '#shared/anatomy/view-directions';
import type { NamedView } from '#shared/protocol/index';

const views = Object.entries(viewDirections) as [NamedView, (typeof viewDirections)[NamedView]][];

/** The named view within ~15° of the camera's direction (target → camera), or null. */
export const nearestNamedView = (dx: number, dy: number, dz: number): NamedView | null => {
  const length = Math.hypot(dx, dy, dz) || 1;
  let best: NamedView | null = null;
  let bestDot = Math.cos((15 * Math.PI) / 180);
  for (const [view, { direction }] of views) {
    const dot = (direction[0] * dx + direction[1] * dy + direction[2] * dz) / length;
    if (dot >= bestDot) {
      bestDot = dot;
      best = view;
    }
  }
  return best;
};
