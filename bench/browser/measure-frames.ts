/** Per-frame figures of one scene, straight from the page. */
export interface FrameSamples {
  /** Script (CPU) time of each `renderer.render` call, ms. */
  renderMs: number[];
  /** Time between successive frames (animation-frame callbacks), ms. */
  frameMs: number[];
  drawCalls: number;
  triangles: number;
  /** Share of the canvas the body covers after a final full frame (0..1); null when clipped. */
  coverage: number | null;
  canvas: { width: number; height: number };
}

/**
 * Runs in the page: renders `warmup + frames` frames, one per animation frame, timing each
 * `renderer.render` call. With `clip`, drawing is clipped to one pixel (scissor): the same
 * script work, draw calls and vertex work, but the software rasterizer neither paces the
 * frames nor takes the CPU from the script being timed (a GPU does that work elsewhere).
 * `renderer.info` resets on every render while `autoReset` is on (the default), so it is
 * read right after a render.
 */
export const measureFramesInPage = async (options: {
  target: 'app' | 'naive';
  warmup: number;
  frames: number;
  clip: boolean;
}): Promise<FrameSamples> => {
  const get = options.target === 'app' ? window.__anatomyViewer?.three : window.__naiveScene?.three;
  if (!get) throw new Error(`no ${options.target} scene on the page`);
  const { gl, scene, camera } = get();
  const autoReset = gl.info.autoReset;
  gl.info.autoReset = true;
  const wasClipped = gl.getScissorTest();
  if (options.clip) {
    gl.setScissor(0, 0, 1, 1);
    gl.setScissorTest(true);
  }
  const renderMs: number[] = [];
  const frameMs: number[] = [];
  let previous: number | null = null;
  let drawCalls = 0;
  let triangles = 0;
  for (let i = 0; i < options.warmup + options.frames; i += 1) {
    const frameStart = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    gl.render(scene, camera);
    const took = performance.now() - start;
    ({ calls: drawCalls, triangles } = gl.info.render);
    if (i >= options.warmup) {
      renderMs.push(took);
      if (previous !== null) frameMs.push(frameStart - previous);
    }
    previous = frameStart;
  }
  gl.setScissorTest(wasClipped);
  gl.info.autoReset = autoReset;
  const canvas = gl.domElement;
  if (options.clip) {
    return {
      renderMs,
      frameMs,
      drawCalls,
      triangles,
      coverage: null,
      canvas: { width: canvas.width, height: canvas.height },
    };
  }
  // One more frame, read back in the same task (the drawing buffer is not kept).
  gl.render(scene, camera);
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(canvas, 0, 0);
  const { data } = context.getImageData(0, 0, copy.width, copy.height);
  let drawn = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) drawn += 1;
  return {
    renderMs,
    frameMs,
    drawCalls,
    triangles,
    coverage: drawn / (copy.width * copy.height),
    canvas: { width: canvas.width, height: canvas.height },
  };
};

/** Runs in the page: clips the app's drawing to one pixel from now on (see `measureFramesInPage`). */
export const clipAppDrawingInPage = (): void => {
  const gl = window.__anatomyViewer?.three().gl;
  if (!gl) throw new Error('no 3D view on the page');
  gl.setScissor(0, 0, 1, 1);
  gl.setScissorTest(true);
};
