import { Frustum, Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { NamedView } from '../protocol/named-view.js';
import { frameBounds, type FrameBox, type FramedCamera } from './frame-camera.js';
import { viewDirections } from './view-directions.js';

const body: FrameBox = { min: [-0.32, -0.01, -0.03], max: [0.32, 1.64, 0.23] };
const biceps: FrameBox = { min: [0.13, 1.07, 0.07], max: [0.21, 1.34, 0.11] };

function corners(box: FrameBox): Vector3[] {
  const result: Vector3[] = [];
  for (const x of [box.min[0], box.max[0]])
    for (const y of [box.min[1], box.max[1]])
      for (const z of [box.min[2], box.max[2]]) result.push(new Vector3(x, y, z));
  return result;
}

function toCamera(framed: FramedCamera, fov: number, aspect: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(fov, aspect, 0.001, 100);
  camera.position.set(...framed.position);
  camera.up.set(...framed.up);
  camera.lookAt(...framed.target);
  camera.updateMatrixWorld(true);
  return camera;
}

describe('frameBounds', () => {
  for (const view of NamedView.options) {
    for (const aspect of [0.5, 1, 16 / 9]) {
      it(`should keep the whole box in view, tightly, from ${view} at aspect ${aspect.toFixed(2)}`, () => {
        for (const box of [body, biceps]) {
          const framed = frameBounds(box, view, 45, aspect);
          const camera = toCamera(framed, 45, aspect);
          const frustum = new Frustum().setFromProjectionMatrix(
            new Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse),
          );
          const projected = corners(box).map((corner) => {
            expect(frustum.containsPoint(corner)).toBe(true);
            return corner.clone().project(camera);
          });
          // Tight: the box reaches at least 60% of the way to the edge of the view on some axis.
          const reach = Math.max(...projected.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
          expect(reach).toBeGreaterThan(0.6);
        }
      });
    }
  }

  it('should look at the box centre from the named direction with an orthonormal up', () => {
    for (const view of NamedView.options) {
      const framed = frameBounds(body, view, 45, 1);
      const from = new Vector3(...framed.position).sub(new Vector3(...framed.target)).normalize();
      const expected = new Vector3(...viewDirections[view].direction).normalize();
      expect(from.distanceTo(expected)).toBeLessThan(1e-9);
      const up = new Vector3(...framed.up);
      expect(up.length()).toBeCloseTo(1, 9);
      expect(Math.abs(up.dot(from))).toBeLessThan(1e-9);
      expect(up.dot(new Vector3(...viewDirections[view].up))).toBeGreaterThan(0.99);
      expect(framed.target[0]).toBeCloseTo(0, 9);
      expect(framed.target[1]).toBeCloseTo(0.815, 9);
      expect(framed.target[2]).toBeCloseTo(0.1, 9);
    }
  });

  it('should put the camera on the body’s left for the left view (+X is the body’s left)', () => {
    expect(frameBounds(body, 'left', 45, 1).position[0]).toBeGreaterThan(body.max[0]);
    expect(frameBounds(body, 'anterior', 45, 1).position[2]).toBeGreaterThan(body.max[2]);
  });

  it('should still place a camera in front of an empty box', () => {
    const point: FrameBox = { min: [1, 2, 3], max: [1, 2, 3] };
    const framed = frameBounds(point, 'anterior', 45, 1);
    expect(framed.position[2]).toBeGreaterThan(3);
    expect(framed.position.every(Number.isFinite)).toBe(true);
  });
});
