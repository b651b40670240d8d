import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { PerspectiveCamera } from 'three';
import type { CameraControls as CameraControlsImpl } from '@react-three/drei';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { CameraGoal } from '../state/scene-data';
import { useViewerStore } from '../state/use-viewer-store';
import type { BodyRuntime } from './body-runtime';
import { cameraPoseForGoal } from './camera-pose-for-goal';
import { clearestView } from './clearest-view';
import { nearestNamedView } from './nearest-named-view';
import { nextInSelection } from './next-in-selection';
import { overlayRects } from './overlay-rects';
import { unobstructedFraming, viewInsets } from './unobstructed-view';

export interface CameraRigProps {
  anatomy: AnatomyIndex;
  /** The body on screen, to choose the clearest view of a focus by ray casts. */
  runtime: BodyRuntime;
}

const DEFAULT_SMOOTH_TIME = 0.25;
const ROTATE_STEP = Math.PI / 12;

/**
 * drei's CameraControls, driven by the store's camera goal: every new goal (a named view, a
 * focus on muscles framed from the manifest's bounds, or an explicit pose) is a smooth
 * transition of about its `durationMs`. The user's own moves pause a playing tour instead of
 * fighting it; when the camera rests, the nearest named view goes back to the store.
 */
export function CameraRig({ anatomy, runtime }: CameraRigProps) {
  const controlsRef = useRef<CameraControlsImpl>(null);
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  const goTo = useCallback(
    (goal: CameraGoal, animate: boolean) => {
      const controls = controlsRef.current;
      const camera = get().camera;
      if (!controls || !(camera instanceof PerspectiveCamera)) return;
      const { width, height } = get().size;
      // Frame in the part of the canvas the overlays (toolbars, chips, tour card) leave free;
      // an explicit pose (a shared link) is restored as it was.
      const explicit = goal.position !== null && goal.target !== null;
      const framing = unobstructedFraming(
        width,
        height,
        camera.fov,
        explicit
          ? { top: 0, right: 0, bottom: 0, left: 0 }
          : viewInsets(width, height, overlayRects(gl.domElement)),
      );
      const pose = cameraPoseForGoal(goal, anatomy, framing.fovDeg, framing.aspect, (focus) =>
        clearestView(anatomy, runtime, focus.muscleIds, focus.side),
      );
      if (!pose) return;
      const [px, py, pz] = pose.position;
      const [tx, ty, tz] = pose.target;
      // Straight above or below, nudge the camera towards the wanted screen-up so the
      // orbit's azimuth (and so the roll) comes out right.
      const dx = px - tx;
      const dy = py - ty;
      const dz = pz - tz;
      const distance = Math.hypot(dx, dy, dz);
      const vertical = Math.abs(dy) / Math.max(1e-6, distance) > 0.995;
      const nudge = vertical ? distance * 0.002 : 0;
      controls.smoothTime = animate
        ? Math.max(0.08, (goal.durationMs / 1000) * 0.28)
        : DEFAULT_SMOOTH_TIME;
      // Shift the view so the subject sits in the middle of the free part.
      const metresPerPixel =
        (2 * distance * Math.tan((camera.fov * Math.PI) / 360)) / Math.max(1, height);
      // camera-controls moves the camera by (x, -y) in its own axes: a positive y lifts the subject.
      void controls.setFocalOffset(
        -framing.shiftX * metresPerPixel,
        -framing.shiftY * metresPerPixel,
        0,
        animate,
      );
      void controls.setLookAt(
        px - pose.up[0] * nudge,
        py - pose.up[1] * nudge,
        pz - pose.up[2] * nudge,
        tx,
        ty,
        tz,
        animate,
      );
      // A jump (no transition) starts no frame of its own under on-demand rendering: ask for one,
      // or a restored pose shows only when something else next draws.
      if (!animate) invalidate();
    },
    [anatomy, runtime, get, gl, invalidate],
  );

  // The goal last framed, until the student moves the camera: overlays that come or go after
  // it (the fade caption, the chips, a tour card) frame it again around them.
  const framedGoal = useRef<CameraGoal | null>(null);
  useEffect(() => {
    const first = useViewerStore.getState().scene.camera;
    goTo(first, false);
    framedGoal.current = first;
    let frame = 0;
    const unsubscribe = useViewerStore.subscribe((state, previous) => {
      const goal = state.scene.camera;
      if (goal.seq !== previous.scene.camera.seq) {
        // After React has drawn the overlays of the same change (a tour's card), to frame
        // around them.
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => goTo(goal, goal.durationMs > 0));
        framedGoal.current = goal;
      }
    });
    let lastInsets = '';
    const observer = new ResizeObserver(() => {
      const { width, height } = get().size;
      const insets = JSON.stringify(viewInsets(width, height, overlayRects(gl.domElement)));
      if (insets === lastInsets) return;
      const changed = lastInsets !== '';
      lastInsets = insets;
      const goal = framedGoal.current;
      if (changed && goal && !(goal.position && goal.target)) {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => goTo({ ...goal, durationMs: 400 }, true));
      }
    });
    const area = gl.domElement.closest('.viewer-area');
    for (const band of area?.querySelectorAll('.viewer-area__top, .viewer-area__bottom') ?? [])
      observer.observe(band);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      unsubscribe();
    };
  }, [goTo, get, gl]);

  // Keyboard for the focusable viewer (the canvas's wrapper, so it works whatever inside has
  // focus), and a wheel zoom pauses a tour like a drag does.
  useEffect(() => {
    const element = gl.domElement.closest<HTMLElement>('.viewer') ?? gl.domElement;
    const pauseTour = () => {
      if (useViewerStore.getState().scene.tour?.playing)
        useViewerStore.getState().tourSetPlaying(false);
    };
    const onKey = (event: KeyboardEvent) => {
      const controls = controlsRef.current;
      if (!controls) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      let handled = true;
      controls.smoothTime = DEFAULT_SMOOTH_TIME;
      if (event.key.startsWith('Arrow') || '+=-_'.includes(event.key)) framedGoal.current = null;
      if (event.key === 'ArrowLeft') void controls.rotate(-ROTATE_STEP, 0, true);
      else if (event.key === 'ArrowRight') void controls.rotate(ROTATE_STEP, 0, true);
      else if (event.key === 'ArrowUp') void controls.rotate(0, -ROTATE_STEP, true);
      else if (event.key === 'ArrowDown') void controls.rotate(0, ROTATE_STEP, true);
      else if (event.key === '+' || event.key === '=')
        void controls.dolly(controls.distance * 0.2, true);
      else if (event.key === '-' || event.key === '_')
        void controls.dolly(-controls.distance * 0.25, true);
      else if (event.key === 'Escape') useViewerStore.getState().clearSelection();
      else if (event.key === 'n' || event.key === 'N') {
        // Next (Shift: previous) selected structure: framed, with its card open.
        const store = useViewerStore.getState();
        const id = nextInSelection(
          store.scene.selection,
          store.scene.inspected,
          event.shiftKey ? -1 : 1,
        );
        const entry = id ? store.scene.selection[id] : undefined;
        if (id && entry) {
          store.inspect(id);
          store.focusOn([id], {
            side: entry.left && entry.right ? 'both' : entry.left ? 'left' : 'right',
          });
        }
      } else handled = false;
      if (handled) {
        event.preventDefault();
        if (event.key !== 'Escape' && event.key.toLowerCase() !== 'n') pauseTour();
      }
    };
    element.addEventListener('keydown', onKey);
    element.addEventListener('wheel', pauseTour, { passive: true });
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('wheel', pauseTour);
    };
  }, [gl]);

  const onControlStart = useCallback(() => {
    framedGoal.current = null;
    const controls = controlsRef.current;
    if (controls) controls.smoothTime = DEFAULT_SMOOTH_TIME;
    const state = useViewerStore.getState();
    if (state.scene.tour?.playing) state.tourSetPlaying(false);
  }, []);

  // camera-controls' `rest` can be missed when frames stop first (on-demand rendering), so the
  // status also settles a moment after the last update.
  const settleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reportStatus = useCallback(() => {
    settleTimer.current = null;
    const controls = controlsRef.current;
    if (!controls) return;
    const camera = get().camera;
    const target = controls.getTarget(camera.position.clone());
    const position = camera.position;
    const view = nearestNamedView(
      position.x - target.x,
      position.y - target.y,
      position.z - target.z,
    );
    useViewerStore.getState().setCameraStatus(view, {
      position: [position.x, position.y, position.z],
      target: [target.x, target.y, target.z],
    });
  }, [get]);
  const onUpdate = useCallback(() => {
    if (settleTimer.current !== null) clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(reportStatus, 250);
  }, [reportStatus]);
  const onRest = useCallback(() => {
    const controls = controlsRef.current;
    if (controls) controls.smoothTime = DEFAULT_SMOOTH_TIME;
    reportStatus();
  }, [reportStatus]);
  useEffect(
    () => () => {
      if (settleTimer.current !== null) clearTimeout(settleTimer.current);
    },
    [],
  );

  return (
    <CameraControls
      ref={controlsRef}
      makeDefault
      minDistance={0.12}
      maxDistance={9}
      dollyToCursor
      draggingSmoothTime={0.08}
      smoothTime={DEFAULT_SMOOTH_TIME}
      restThreshold={0.004}
      onControlStart={onControlStart}
      onUpdate={onUpdate}
      onRest={onRest}
    />
  );
}
