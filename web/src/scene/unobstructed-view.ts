import type { ScreenRect } from './layout-labels';

/** How far the overlays reach into the canvas from each edge, in pixels. */
export interface ViewInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Overlays narrower than this share of the canvas (a corner toolbar) leave the band free. */
const BAND_MIN_SHARE = 0.3;

/**
 * The insets of the overlays over a canvas of `width`×`height`: an overlay in the upper half
 * that is wide enough takes a band from the top down to its bottom, one in the lower half a band
 * from the bottom up to its top. Narrow ones in a corner are left out: framing around them would
 * waste more of the view than they cover.
 */
export const viewInsets = (
  width: number,
  height: number,
  overlays: readonly ScreenRect[],
): ViewInsets => {
  let top = 0;
  let bottom = 0;
  for (const rect of overlays) {
    const left = Math.max(0, rect.x);
    const right = Math.min(width, rect.x + rect.width);
    if (right - left < width * BAND_MIN_SHARE && rect.width < width * BAND_MIN_SHARE) continue;
    if (rect.y + rect.height / 2 < height / 2) top = Math.max(top, rect.y + rect.height);
    else bottom = Math.max(bottom, height - rect.y);
  }
  // Never give up more than 60 % of the height: a huge card still leaves a view to frame in.
  const limit = height * 0.6;
  if (top + bottom > limit) {
    const scale = limit / (top + bottom);
    top *= scale;
    bottom *= scale;
  }
  return { top: Math.max(0, top), right: 0, bottom: Math.max(0, bottom), left: 0 };
};

/** What framing in the unobstructed part needs: a narrower field of view and a screen shift. */
export interface UnobstructedFraming {
  /** Vertical field of view (degrees) that spans just the unobstructed height. */
  readonly fovDeg: number;
  /** Aspect (width / height) of the unobstructed part. */
  readonly aspect: number;
  /** Where its centre is, from the canvas's centre, in pixels (x right, y down). */
  readonly shiftX: number;
  readonly shiftY: number;
}

/** The framing of a camera of `fovDeg` so that a subject fits the part the insets leave free. */
export const unobstructedFraming = (
  width: number,
  height: number,
  fovDeg: number,
  insets: ViewInsets,
): UnobstructedFraming => {
  const freeWidth = Math.max(1, width - insets.left - insets.right);
  const freeHeight = Math.max(1, height - insets.top - insets.bottom);
  const half = (fovDeg * Math.PI) / 360;
  const fov = (2 * Math.atan(Math.tan(half) * (freeHeight / Math.max(1, height))) * 180) / Math.PI;
  return {
    fovDeg: fov,
    aspect: freeWidth / freeHeight,
    shiftX: insets.left + freeWidth / 2 - width / 2,
    shiftY: insets.top + freeHeight / 2 - height / 2,
  };
};
