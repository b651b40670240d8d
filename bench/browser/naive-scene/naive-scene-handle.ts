import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';

/** What the naive scene's page publishes as `window.__naiveScene` once its body is drawn. */
export interface NaiveSceneHandle {
  three: () => { gl: WebGLRenderer; scene: Scene; camera: PerspectiveCamera };
  /** Highlights the parts with these keys (`FMA<id>`); returns how many it recoloured. */
  select: (keys: readonly string[]) => number;
  /** Gives every highlighted part its own colour back. */
  clear: () => void;
  /** Meshes drawn: one per part. */
  partCount: number;
  /** Milliseconds after navigation at the first frame with the whole body. */
  firstFrameAt: number;
}

declare global {
  interface Window {
    __naiveScene?: NaiveSceneHandle;
    /** Why the naive scene could not start. */
    __naiveSceneError?: string;
  }
}
