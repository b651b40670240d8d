import { useThree } from '@react-three/fiber';
import type { CameraControls as CameraControlsImpl } from '@react-three/drei';
import { useEffect } from 'react';
import { Raycaster, Vector2, Vector3, type Camera, type Scene, type WebGLRenderer } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { BodyRuntime } from './body-runtime';
import { pickPart } from './pick-part';

/** What end-to-end tests and automation read from the 3D view. */
export interface ViewerDebugHandle {
  /** Renders one frame now and returns its draw calls and triangles. */
  renderNow: () => { calls: number; triangles: number };
  /** Where the camera is, and whether it is still on its way to the pose it was sent to. */
  camera: () => { position: [number, number, number]; moving: boolean };
  /** Triangles and parts per merged batch of the tier on screen. */
  batches: () => { kind: string; triangles: number; pickable: boolean }[];
  /** The structure a click at this page point would land on (faded parts seen through). */
  structureAt: (clientX: number, clientY: number) => string | null;
  /** The last occlusion fade: its script time (ms), rays cast and parts faded. */
  fadeStats: () => { ms: number; rays: number; blocked: number; faded: number; blockers: string[] };
  /** The renderer, scene and camera the view draws with (the benchmark times `gl.render`). */
  three: () => { gl: WebGLRenderer; scene: Scene; camera: Camera };
}

declare global {
  interface Window {
    __anatomyViewer?: ViewerDebugHandle;
  }
}

export interface ViewerDebugProps {
  runtime: BodyRuntime;
  anatomy: AnatomyIndex;
}

const isCameraControls = (controls: unknown): controls is CameraControlsImpl =>
  typeof (controls as Partial<CameraControlsImpl> | null)?.getFocalOffset === 'function';

const gap = (controls: CameraControlsImpl, read: 'getPosition' | 'getTarget' | 'getFocalOffset') =>
  controls[read](new Vector3(), false).distanceTo(controls[read](new Vector3(), true));

/** The controls' pose now equals the pose they were last sent to (position, target, offset). */
const reachedGoal = (controls: CameraControlsImpl): boolean =>
  gap(controls, 'getPosition') < 1e-4 &&
  gap(controls, 'getTarget') < 1e-4 &&
  gap(controls, 'getFocalOffset') < 1e-4;

/** Publishes `window.__anatomyViewer` while the view is mounted. Renders nothing. */
export function ViewerDebug({ runtime, anatomy }: ViewerDebugProps) {
  const get = useThree((s) => s.get);
  useEffect(() => {
    window.__anatomyViewer = {
      renderNow: () => {
        const { gl, scene, camera } = get();
        gl.render(scene, camera);
        return { calls: gl.info.render.calls, triangles: gl.info.render.triangles };
      },
      camera: () => {
        const { camera, controls } = get();
        const { position } = camera;
        return {
          position: [position.x, position.y, position.z],
          moving: isCameraControls(controls) && !reachedGoal(controls),
        };
      },
      batches: () =>
        runtime.batches.map((b) => ({
          kind: b.kind,
          triangles: (b.geometry.index?.count ?? 0) / 3,
          pickable: b.bvh !== null,
        })),
      structureAt: (clientX, clientY) => {
        const { gl, camera } = get();
        const rect = gl.domElement.getBoundingClientRect();
        const ndc = new Vector2(
          ((clientX - rect.left) / rect.width) * 2 - 1,
          -((clientY - rect.top) / rect.height) * 2 + 1,
        );
        const raycaster = new Raycaster();
        raycaster.setFromCamera(ndc, camera);
        const part = pickPart(raycaster.ray, runtime.batches, runtime.partStates);
        return part >= 0 ? (anatomy.partStructure[part] ?? null) : null;
      },
      fadeStats: () => ({ ...runtime.fadeStats }),
      three: () => {
        const { gl, scene, camera } = get();
        return { gl, scene, camera };
      },
    };
    return () => {
      delete window.__anatomyViewer;
    };
  }, [get, runtime, anatomy]);
  return null;
}
