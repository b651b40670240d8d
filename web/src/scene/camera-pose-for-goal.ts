import { frameBounds, type FramedCamera } from '#shared/anatomy/frame-camera';
import type { NamedView } from '#shared/protocol/index';
import type { CameraGoal } from '../state/scene-data';
import type { AnatomyIndex } from '../state/anatomy-index';
import { bestViewFor } from './best-view-for';
import { focusBounds } from './focus-bounds';

/** Smallest box a focus frames (metres), so a small muscle is seen with some context. */
const MIN_FOCUS_SIZE = 0.16;

const padded = (box: { min: readonly number[]; max: readonly number[] }) => {
  const min: [number, number, number] = [0, 0, 0];
  const max: [number, number, number] = [0, 0, 0];
  for (let axis = 0; axis < 3; axis += 1) {
    const lo = box.min[axis] as number;
    const hi = box.max[axis] as number;
    const grow = Math.max(0, MIN_FOCUS_SIZE - (hi - lo)) / 2;
    min[axis] = lo - grow;
    max[axis] = hi + grow;
  }
  return { min, max };
};

/**
 * Where the camera goes for a goal: an explicit pose; a focus framed from the goal's view (or
 * the side of the body the structures lie on); or a named view of the whole body. Null when the
 * goal names nothing in the model (the camera then stays).
 */
export const cameraPoseForGoal = (
  goal: CameraGoal,
  anatomy: AnatomyIndex,
  fovDeg: number,
  aspect: number,
  /** Picks the view for a focus that names none (e.g. the clearest by ray casts); null to guess. */
  chooseView: (focus: NonNullable<CameraGoal['focus']>) => NamedView | null = () => null,
): FramedCamera | null => {
  const manifest = anatomy.manifest;
  if (!manifest) return null;
  if (goal.position && goal.target) {
    return { position: [...goal.position], target: [...goal.target], up: [0, 1, 0] };
  }
  if (goal.focus) {
    const box = focusBounds(anatomy, goal.focus.muscleIds, goal.focus.side, goal.focus.region);
    if (box) {
      const view = goal.view ?? chooseView(goal.focus) ?? bestViewFor(box, manifest.bounds);
      return frameBounds(padded(box), view, fovDeg, aspect, { margin: 0.3 });
    }
  }
  if (goal.view) return frameBounds(manifest.bounds, goal.view, fovDeg, aspect, { margin: 0.14 });
  return null;
};
