import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Frustum, Matrix4, Vector3 } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import { resolveStructureParts } from '../state/resolve-structure-parts';
import { NO_FADE } from '../state/scene-slice';
import { useViewerStore } from '../state/use-viewer-store';
import type { ViewerState } from '../state/viewer-state';
import type { BodyRuntime } from './body-runtime';
import { findOccluders } from './find-occluders';

export interface OcclusionFadeProps {
  anatomy: AnatomyIndex;
  runtime: BodyRuntime;
}

const eye = new Vector3();
const frustum = new Frustum();
const viewProjection = new Matrix4();
const RETRY_MS = 200;
/** Selections of more structures than this are not faded for. */
const MAX_FADED_SELECTION = 8;
/** Rays cast for one fade at most, spread over the selected parts. */
const MAX_RAYS = 800;

const sceneInputsChanged = (state: ViewerState, previous: ViewerState): boolean =>
  state.scene.selection !== previous.scene.selection ||
  state.scene.hidden !== previous.scene.hidden ||
  state.scene.isolated !== previous.scene.isolated ||
  state.scene.layers !== previous.scene.layers ||
  state.scene.xray !== previous.scene.xray ||
  state.scene.camera !== previous.scene.camera ||
  state.cameraPose !== previous.cameraPose;

/**
 * Keeps a covered selection in sight: after every selection or camera change it finds the
 * visible parts between the camera (where it is heading) and the selected parts, fades just
 * those, and tells the store which structures were covered (for the caption). Renders nothing.
 */
export function OcclusionFade({ anatomy, runtime }: OcclusionFadeProps) {
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let frame = 0;
    let shownBatches = runtime.batches;

    const update = () => {
      timer = null;
      const store = useViewerStore.getState();
      const { scene } = store;
      const batches = runtime.batches;
      if (batches.length > 0 && batches.some((b) => b.bvh === null)) {
        timer = setTimeout(update, RETRY_MS);
        return;
      }
      shownBatches = batches;
      const started = performance.now();
      const targets = new Set<number>();
      // A large selection is a survey, not one thing to find: fading for it would fade half
      // the body (x-ray is there for that).
      if (!scene.xray.enabled && Object.keys(scene.selection).length <= MAX_FADED_SELECTION) {
        for (const id in scene.selection) {
          const entry = scene.selection[id];
          if (entry)
            resolveStructureParts(anatomy, id, entry, (part) => {
              if (runtime.partStates.isVisible(part)) targets.add(part);
            });
        }
      }
      if (targets.size === 0 || batches.length === 0) {
        if (runtime.partStates.setFaded([])) invalidate();
        if (store.fade !== NO_FADE) store.setFade(NO_FADE);
        runtime.fadeStats = {
          ms: performance.now() - started,
          rays: 0,
          blocked: 0,
          faded: 0,
          blockers: [],
        };
        return;
      }
      // Where the camera is heading (its end pose), not where it is mid-flight.
      const controls = get().controls as { getPosition?: (out: Vector3, end: boolean) => Vector3 };
      if (controls?.getPosition) controls.getPosition(eye, true);
      else eye.copy(get().camera.position);
      // At rest, only what the camera frames counts; mid-flight the end pose's frame is unknown.
      const camera = get().camera;
      const atRest = eye.distanceTo(camera.position) < 1e-3;
      if (atRest) {
        camera.updateMatrixWorld();
        viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
        frustum.setFromProjectionMatrix(viewProjection);
      }
      const result = findOccluders(eye, targets, batches, runtime.partStates, {
        inView: atRest ? frustum : null,
        samplesPerPart: Math.max(8, Math.min(80, Math.floor(MAX_RAYS / targets.size))),
        minCoveredOf: (part) => (anatomy.parts[part]?.layer === 'superficial' ? 0.65 : 0.25),
      });
      if (runtime.partStates.setFaded(result.occluders)) invalidate();
      const names = (parts: readonly number[]) => [
        ...new Set(parts.map((p) => anatomy.partStructure[p]).filter((id) => id != null)),
      ];
      store.setFade({ covered: names(result.covered), faded: names(result.occluders) });
      runtime.fadeStats = {
        ms: performance.now() - started,
        rays: result.rays,
        blocked: result.blocked,
        faded: result.occluders.length,
        blockers: [...result.blockedBy].map(([p, n]) => `${anatomy.partStructure[p]}:${n}`),
      };
    };
    const schedule = () => {
      // After the camera rig has set its goal (it waits a frame for the overlays to be drawn).
      if (timer !== null || frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer ??= setTimeout(update, 0);
      });
    };

    schedule();
    const unsubscribe = useViewerStore.subscribe((state, previous) => {
      if (sceneInputsChanged(state, previous) || runtime.batches !== shownBatches) schedule();
    });
    const tierWatch = setInterval(() => {
      if (runtime.batches !== shownBatches) schedule();
    }, 500);
    return () => {
      unsubscribe();
      clearInterval(tierWatch);
      cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
    };
  }, [anatomy, runtime, get, invalidate]);
  return null;
}
