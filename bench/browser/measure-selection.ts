/** Script time of applying one selection, repeated. */
export interface SelectionSamples {
  /** Synchronous script time of each update, ms. */
  syncMs: number[];
  /** The same plus the work it queued as microtasks (React's re-render of what reads the store), ms. */
  withMicrotasksMs: number[];
  /** Parts the selection highlights. */
  parts: number;
}

/** The first `count` muscles of the catalog that have a mesh, and their part keys (in the page). */
export const pickMusclesInPage = (count: number): { muscleIds: string[]; partKeys: string[] } => {
  const anatomy = window.__anatomyStore?.getState().anatomy;
  if (!anatomy) throw new Error('the anatomy data is not loaded');
  const muscleIds = anatomy.catalog.muscles
    .filter((m) => m.hasMesh)
    .slice(0, count)
    .map((m) => m.id);
  const partKeys = muscleIds.flatMap((id) => {
    const parts = anatomy.structureParts.get(id);
    if (!parts) return [];
    return [...parts.left, ...parts.right, ...parts.midline].map(
      (i) => anatomy.parts[i]?.key ?? '',
    );
  });
  return { muscleIds, partKeys };
};

/**
 * Runs in the app's page: selects `muscleIds` through the store, `repeats` times, from a cleared
 * selection each time with a frame drawn in between (as when a student clicks). Times the store
 * update, which rewrites the part-state texture synchronously, alone and with its microtasks.
 * Drawing is clipped to one pixel meanwhile, so software rasterizing does not compete for the CPU.
 */
export const measureAppSelectionInPage = async (options: {
  muscleIds: string[];
  parts: number;
  repeats: number;
}): Promise<SelectionSamples> => {
  const store = window.__anatomyStore;
  const gl = window.__anatomyViewer?.three().gl;
  if (!store || !gl) throw new Error('no store or 3D view on the page');
  gl.setScissor(0, 0, 1, 1);
  gl.setScissorTest(true);
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const syncMs: number[] = [];
  const withMicrotasksMs: number[] = [];
  for (let i = 0; i < options.repeats; i += 1) {
    store.getState().clearSelection();
    await frame();
    const start = performance.now();
    store.getState().select(options.muscleIds);
    syncMs.push(performance.now() - start);
    // Queued after React's own microtask, so it runs once React has re-rendered.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    withMicrotasksMs.push(performance.now() - start);
    await frame();
  }
  store.getState().clearSelection();
  gl.setScissorTest(false);
  return { syncMs, withMicrotasksMs, parts: options.parts };
};

/** Runs in the naive scene's page: the same selection as recolouring each part's material (clipped too). */
export const measureNaiveSelectionInPage = async (options: {
  partKeys: string[];
  repeats: number;
}): Promise<SelectionSamples> => {
  const naive = window.__naiveScene;
  if (!naive) throw new Error('no naive scene on the page');
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const { gl, scene, camera } = naive.three();
  gl.setScissor(0, 0, 1, 1);
  gl.setScissorTest(true);
  const syncMs: number[] = [];
  const withMicrotasksMs: number[] = [];
  let parts = 0;
  for (let i = 0; i < options.repeats; i += 1) {
    naive.clear();
    gl.render(scene, camera);
    await frame();
    const start = performance.now();
    parts = naive.select(options.partKeys);
    syncMs.push(performance.now() - start);
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    withMicrotasksMs.push(performance.now() - start);
    gl.render(scene, camera);
    await frame();
  }
  naive.clear();
  gl.setScissorTest(false);
  return { syncMs, withMicrotasksMs, parts };
};
