import { describe, expect, it } from 'vitest';
import { initialSceneData } from '../state/initial-scene-data';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { bestViewFor } from './best-view-for';
import { cameraPoseForGoal } from './camera-pose-for-goal';
import { nearestNamedView } from './nearest-named-view';

const anatomy = anatomyFixture();
const goal = (patch: Partial<typeof initialSceneData.camera>) => ({
  ...initialSceneData.camera,
  ...patch,
});
const poseOrThrow = (g: ReturnType<typeof goal>, chooseView?: () => 'posterior') => {
  const pose = cameraPoseForGoal(g, anatomy, 45, 1.5, chooseView);
  if (!pose) throw new Error('no pose');
  return pose;
};

describe('cameraPoseForGoal', () => {
  it('should frame the whole body from a named view', () => {
    const pose = cameraPoseForGoal(goal({ view: 'posterior' }), anatomy, 45, 1.5);
    expect(pose?.position[2]).toBeLessThan(-1);
    expect(pose?.target[1]).toBeCloseTo(0.82, 2);
  });

  it('should frame a focus closer than the whole body, from the side it lies on', () => {
    const body = poseOrThrow(goal({ view: 'anterior' }));
    const focus = poseOrThrow(
      goal({ view: null, focus: { muscleIds: ['biceps-brachii'], region: null, side: 'left' } }),
    );
    const distance = (p: typeof body) =>
      Math.hypot(
        p.position[0] - p.target[0],
        p.position[1] - p.target[1],
        p.position[2] - p.target[2],
      );
    expect(distance(focus)).toBeLessThan(distance(body));
    expect(focus.target[0]).toBeGreaterThan(0.15);
    // Guessed from bounds: a front-facing view for a muscle on the front of the arm.
    expect(focus.position[2]).toBeGreaterThan(focus.target[2]);
  });

  it('should use the view the caller chooses for a focus without one', () => {
    const pose = poseOrThrow(
      goal({ view: null, focus: { muscleIds: ['biceps-brachii'], region: null, side: 'both' } }),
      () => 'posterior',
    );
    expect(pose.position[2]).toBeLessThan(pose.target[2]);
  });

  it('should keep the camera when the goal names nothing in the model', () => {
    expect(
      cameraPoseForGoal(
        goal({ view: null, focus: { muscleIds: ['masseter'], region: null, side: 'both' } }),
        anatomy,
        45,
        1,
      ),
    ).toBeNull();
  });
});

describe('bestViewFor', () => {
  it('should look at back structures from behind and front ones from the front', () => {
    const body = { min: [-0.3, 0, -0.1], max: [0.3, 1.7, 0.2] } as {
      min: [number, number, number];
      max: [number, number, number];
    };
    expect(bestViewFor({ min: [-0.1, 1.2, -0.1], max: [0.1, 1.4, -0.05] }, body)).toBe('posterior');
    expect(bestViewFor({ min: [-0.1, 1.2, 0.15], max: [0.1, 1.4, 0.2] }, body)).toBe('anterior');
  });
});

describe('nearestNamedView', () => {
  it('should name the view within 15 degrees and null otherwise', () => {
    expect(nearestNamedView(0, 0, 2)).toBe('anterior');
    expect(nearestNamedView(-2, 0.1, 0)).toBe('right');
    expect(nearestNamedView(1, 0, 2.5)).toBeNull();
  });
});
