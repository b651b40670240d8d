import type { Page } from 'playwright-core';

/** A box in page pixels (CSS). */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The page box of the pixels drawn in the selection's highlight colour (what a student sees as
 * selected), from a fresh render of the canvas; null when none are.
 */
export const highlightBox = (page: Page): Promise<PageBox | null> =>
  page.evaluate(() => {
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
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      if ((data[i + 3] ?? 0) === 0 || !(b > 110 && b > r + 50 && g > r + 10)) continue;
      const p = i / 4;
      const x = p % copy.width;
      const y = Math.floor(p / copy.width);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (minX === Infinity) return null;
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / canvas.width;
    return {
      x: rect.left + minX * scale,
      y: rect.top + minY * scale,
      width: (maxX - minX + 1) * scale,
      height: (maxY - minY + 1) * scale,
    };
  });

/** Area of the overlap of two boxes. */
export const overlapArea = (a: PageBox, b: PageBox): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
