import type { Page } from 'playwright-core';

/** Every `step`-th pixel of a fresh render of the canvas, as RGBA bytes (for comparing frames). */
export const canvasPixels = (page: Page, step = 3): Promise<number[]> =>
  page.evaluate((stride) => {
    const viewer = window.__anatomyViewer;
    const canvas = document.querySelector<HTMLCanvasElement>('.viewer canvas');
    if (!viewer || !canvas) throw new Error('no 3D view on the page');
    viewer.renderNow();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    const out: number[] = [];
    for (let i = 0; i < data.length; i += 4 * stride)
      out.push(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0);
    return out;
  }, step);

/** Share of pixels that differ clearly (summed channel difference above 48) between frames. */
export const changedShare = (a: readonly number[], b: readonly number[]): number => {
  let changed = 0;
  const count = Math.min(a.length, b.length) / 4;
  for (let i = 0; i < count * 4; i += 4) {
    let diff = 0;
    for (let c = 0; c < 4; c += 1) diff += Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0));
    if (diff > 48) changed += 1;
  }
  return count > 0 ? changed / count : 0;
};
