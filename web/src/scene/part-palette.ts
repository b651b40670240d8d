import { Color } from 'three';
import type { PartKind } from '#shared/anatomy/model-manifest';

/** Default highlight for a selection that names no colour: a clear sky blue against red muscle. */
export const HIGHLIGHT_COLOR = '#2bb3ff';

const base: Record<PartKind, string> = {
  muscle: '#b9473b',
  bone: '#e9dfca',
  // Tendons, ligaments and membranes: a pale silvery grey-blue, so the Achilles tendon does
  // not read as bone.
  other: '#a9bcc4',
};

const scratch = new Color();

/** Packs a CSS colour into 0xRRGGBB of linear-space bytes (what the texture stores). */
export const packLinear = (css: string): number => {
  scratch.set(css);
  return (
    (Math.round(scratch.r * 255) << 16) |
    (Math.round(scratch.g * 255) << 8) |
    Math.round(scratch.b * 255)
  );
};

/**
 * A part's resting colour, packed: muscles vary a little in tone part by part, so neighbours
 * stay distinguishable without a selection.
 */
export const basePartColor = (kind: PartKind, part: number): number => {
  const packed = packLinear(base[kind]);
  if (kind !== 'muscle') return packed;
  // A cheap integer hash gives each part a stable shade between 0.86 and 1.06.
  const hash = Math.imul(part + 1, 2654435761) >>> 0;
  const shade = 0.86 + ((hash % 1000) / 1000) * 0.2;
  const r = Math.min(255, Math.round(((packed >> 16) & 255) * shade));
  const g = Math.min(255, Math.round(((packed >> 8) & 255) * shade));
  const b = Math.min(255, Math.round((packed & 255) * shade));
  return (r << 16) | (g << 8) | b;
};
