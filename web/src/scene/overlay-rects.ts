import type { ScreenRect } from './layout-labels';

/** The overlays drawn over the view (toolbars, caption, chips, tour card), relative to `canvas`. */
export const overlayRects = (canvas: HTMLElement): ScreenRect[] => {
  const area = canvas.closest('.viewer-area');
  if (!area) return [];
  const origin = canvas.getBoundingClientRect();
  const rects: ScreenRect[] = [];
  for (const element of area.querySelectorAll('.viewer-area__top > *, .viewer-area__bottom > *')) {
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0)
      rects.push({
        x: rect.left - origin.left,
        y: rect.top - origin.top,
        width: rect.width,
        height: rect.height,
      });
  }
  return rects;
};
