import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Camera, Scene, WebGLRenderer } from 'three';
import type { BodyRuntime } from './body-runtime';

/** What end-to-end tests and automation read from the 3D view. */
export interface ViewerDebugHandle {
  /** Renders one frame now and returns its draw calls and triangles. */
  renderNow: () => { calls: number; triangles: number };
  camera: () => { position: [number, number, number] };
  /** Triangles and parts per merged batch of the tier on screen. */
  batches: () => { kind: string; triangles: number; pickable: boolean }[];
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
}

/** Publishes `window.__anatomyViewer` while the view is mounted. Renders nothing. */
export function ViewerDebug({ runtime }: ViewerDebugProps) {
  const get = useThree((s) => s.get);
  useEffect(() => {
    window.__anatomyViewer = {
      renderNow: () => {
        const { gl, scene, camera } = get();
        gl.render(scene, camera);
        return { calls: gl.info.render.calls, triangles: gl.info.render.triangles };
      },
      camera: () => {
        const { position } = get().camera;
        return { position: [position.x, position.y, position.z] };
      },
      batches: () =>
        runtime.batches.map((b) => ({
          kind: b.kind,
          triangles: (b.geometry.index?.count ?? 0) / 3,
          pickable: b.bvh !== null,
        })),
      fadeStats: () => ({ ...runtime.fadeStats }),
      three: () => {
        const { gl, scene, camera } = get();
        return { gl, scene, camera };
      },
    };
    return () => {
      delete window.__anatomyViewer;
    };
  }, [get, runtime]);
  return null;
}
