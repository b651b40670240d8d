import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Frustum, Matrix4, Vector3 } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { BodyRuntime } from './body-runtime';
import type { LabelEntry, LabelRegistry } from './label-registry';
import { layoutLabels, type LabelToPlace, type ScreenRect } from './layout-labels';
import { overlayRects } from './overlay-rects';
import { visibleLabelPoint, type LabelPoint } from './visible-label-point';

export interface LabelProjectorProps {
  registry: LabelRegistry;
  anatomy: AnatomyIndex;
  runtime: BodyRuntime;
}

/** Points are chosen again at most this often while the camera moves (ray casts per label). */
const RECHOOSE_MS = 200;
/** Labels keep this far from the canvas's edges. */
const EDGE_PX = 4;

const projected = new Vector3();
const eye = new Vector3();
const frustum = new Frustum();
const viewProjection = new Matrix4();

interface Chosen {
  entries: Map<LabelEntry, LabelPoint | null>;
  obstacles: ScreenRect[];
  at: number;
  cameraMatrix: Matrix4;
  registryVersion: number;
  statesVersion: number;
}

/**
 * Places the DOM labels over the canvas each frame: each label points at a visible vertex of its
 * own structure (chosen by ray casts after the camera or the scene changes, then projected every
 * frame), and its name goes beside it by a screen-space layout that keeps every name inside the
 * canvas, off the other names and off the overlays, with a leader line from the dot. Renders
 * nothing itself.
 */
export function LabelProjector({ registry, anatomy, runtime }: LabelProjectorProps) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const chosen = useRef<Chosen>({
    entries: new Map(),
    obstacles: [],
    at: -Infinity,
    cameraMatrix: new Matrix4(),
    registryVersion: -1,
    statesVersion: -1,
  });
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => registry.onFrameNeeded(invalidate), [registry, invalidate]);
  useEffect(
    () => () => {
      if (retry.current !== null) clearTimeout(retry.current);
    },
    [],
  );

  useFrame(({ camera, size }) => {
    if (registry.entries.size === 0) return;
    const state = chosen.current;
    const stale =
      state.registryVersion !== registry.version ||
      state.statesVersion !== runtime.partStates.texture.version ||
      !state.cameraMatrix.equals(camera.matrixWorld);
    if (stale) {
      const now = performance.now();
      const ready = runtime.batches.length > 0 && runtime.batches.every((b) => b.bvh !== null);
      if (ready && now - state.at >= RECHOOSE_MS) {
        camera.getWorldPosition(eye);
        viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
        frustum.setFromProjectionMatrix(viewProjection);
        const entries = new Map<LabelEntry, LabelPoint | null>();
        for (const entry of registry.entries.values())
          entries.set(
            entry,
            visibleLabelPoint(
              eye,
              entry.parts,
              anatomy.parts,
              runtime.batches,
              runtime.partStates,
              frustum,
            ),
          );
        state.entries = entries;
        state.obstacles = overlayRects(gl.domElement);
        state.at = now;
        state.cameraMatrix.copy(camera.matrixWorld);
        state.registryVersion = registry.version;
        state.statesVersion = runtime.partStates.texture.version;
      } else if (retry.current === null) {
        // Choose again once the throttle (or the BVH) allows, even if nothing else asks a frame.
        retry.current = setTimeout(() => {
          retry.current = null;
          invalidate();
        }, RECHOOSE_MS);
      }
    }

    const shown: { entry: LabelEntry; visible: boolean }[] = [];
    const toPlace: LabelToPlace[] = [];
    const hidden: LabelEntry[] = [];
    for (const entry of registry.entries.values()) {
      const choice = state.entries.get(entry);
      if (!choice) {
        hidden.push(entry);
        continue;
      }
      projected.set(choice.point[0], choice.point[1], choice.point[2]).project(camera);
      const x = (projected.x * 0.5 + 0.5) * size.width;
      const y = (-projected.y * 0.5 + 0.5) * size.height;
      if (projected.z > 1 || x < 0 || y < 0 || x > size.width || y > size.height) {
        hidden.push(entry);
        continue;
      }
      shown.push({ entry, visible: choice.visible });
      toPlace.push({ anchorX: x, anchorY: y, width: entry.width, height: entry.height });
    }
    const placed = layoutLabels(toPlace, {
      bounds: {
        x: EDGE_PX,
        y: EDGE_PX,
        width: size.width - 2 * EDGE_PX,
        height: size.height - 2 * EDGE_PX,
      },
      obstacles: state.obstacles,
    });
    shown.forEach(({ entry, visible }, i) => {
      const spot = placed[i];
      const anchor = toPlace[i];
      if (!spot || !anchor) return;
      entry.element.style.opacity = visible ? '1' : '0.45';
      entry.dot.style.transform = `translate3d(${anchor.anchorX.toFixed(1)}px, ${anchor.anchorY.toFixed(1)}px, 0)`;
      entry.text.style.transform = `translate3d(${spot.x.toFixed(1)}px, ${spot.y.toFixed(1)}px, 0)`;
      const dx = spot.lineX - anchor.anchorX;
      const dy = spot.lineY - anchor.anchorY;
      entry.line.style.width = `${Math.hypot(dx, dy).toFixed(1)}px`;
      entry.line.style.transform = `translate3d(${anchor.anchorX.toFixed(1)}px, ${anchor.anchorY.toFixed(1)}px, 0) rotate(${Math.atan2(dy, dx).toFixed(4)}rad)`;
    });
    for (const entry of hidden) entry.element.style.opacity = '0';
  });
  return null;
}
