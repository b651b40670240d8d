import type { AnatomyIndex } from '../state/anatomy-index';
import { resolveStructureParts } from '../state/resolve-structure-parts';
import type { SceneData } from '../state/scene-data';
import { PartFlags } from './part-flags';
import { basePartColor, HIGHLIGHT_COLOR, packLinear } from './part-palette';
import type { PartStateTexture } from './part-state-texture';

const SIDES_BOTH = { left: true, right: true } as const;
const colorCache = new Map<string, number>();
const packed = (css: string | null): number => {
  const key = css ?? HIGHLIGHT_COLOR;
  let value = colorCache.get(key);
  if (value === undefined) {
    value = packLinear(key);
    colorCache.set(key, value);
  }
  return value;
};

// Scratch state reused between calls (sized on demand), so an update allocates next to nothing.
let selectedColor = new Int32Array(0);
let hiddenMask = new Uint8Array(0);
let isolatedMask = new Uint8Array(0);
let fadedMask = new Uint8Array(0);
let baseColor = new Int32Array(0);
let baseOf: AnatomyIndex | null = null;
let visitColor = 0;
const markSelected = (part: number) => {
  selectedColor[part] = visitColor;
};
// A muscle selected in parts lights only the meshes of those parts.
let visitParts: readonly string[] = [];
let visitPartNames: readonly (string | null)[] = [];
let visitHits = 0;
const markSelectedPart = (part: number) => {
  const name = visitPartNames[part];
  if (name == null || !visitParts.includes(name)) return;
  selectedColor[part] = visitColor;
  visitHits += 1;
};
const markHidden = (part: number) => {
  hiddenMask[part] = 1;
};
const markIsolated = (part: number) => {
  isolatedMask[part] = 1;
};

const DIM = 0.62;
const dimmed = (color: number): number => {
  // Towards a neutral grey of the same lightness, so the selection stands out.
  const r = (color >> 16) & 255;
  const g = (color >> 8) & 255;
  const b = color & 255;
  const grey = (r + g + b) / 3;
  const mix = (c: number) => Math.round(c * DIM + grey * (1 - DIM));
  return (mix(r) << 16) | (mix(g) << 8) | mix(b);
};

/**
 * Writes every part's colour and flags for `scene` into the part-state texture and marks it for
 * upload. Work is linear in the parts plus the structures named; nothing is rebuilt. Parts the
 * texture holds as faded (covering the selection) stay faded unless now selected or hidden.
 */
export const writePartStates = (
  scene: SceneData,
  anatomy: AnatomyIndex,
  target: PartStateTexture,
): void => {
  const count = Math.min(target.count, anatomy.parts.length);
  if (selectedColor.length < count) {
    selectedColor = new Int32Array(count);
    hiddenMask = new Uint8Array(count);
    isolatedMask = new Uint8Array(count);
    fadedMask = new Uint8Array(count);
  }
  if (baseOf !== anatomy || baseColor.length < count) {
    baseColor = new Int32Array(count);
    for (let i = 0; i < count; i += 1)
      baseColor[i] = basePartColor(anatomy.parts[i]?.kind ?? 'other', i);
    baseOf = anatomy;
  }
  selectedColor.fill(-1, 0, count);
  fadedMask.fill(0, 0, count);
  for (const part of target.faded) if (part < count) fadedMask[part] = 1;
  hiddenMask.fill(0, 0, count);
  isolatedMask.fill(0, 0, count);

  let anySelected = false;
  for (const id in scene.selection) {
    const entry = scene.selection[id];
    if (!entry) continue;
    visitColor = packed(entry.color);
    if (entry.parts === undefined) resolveStructureParts(anatomy, id, entry, markSelected);
    else {
      visitParts = entry.parts;
      visitPartNames = anatomy.musclePart;
      visitHits = 0;
      resolveStructureParts(anatomy, id, entry, markSelectedPart);
      // A model built before parts were recorded draws none of them: show the whole muscle.
      if (visitHits === 0) resolveStructureParts(anatomy, id, entry, markSelected);
    }
    anySelected = true;
  }
  for (const id in scene.hidden) {
    const flags = scene.hidden[id];
    if (flags) resolveStructureParts(anatomy, id, flags, markHidden);
  }
  const isolated = scene.isolated;
  if (isolated) {
    const sides =
      isolated.side === 'both'
        ? SIDES_BOTH
        : { left: isolated.side === 'left', right: isolated.side === 'right' };
    for (const id of isolated.muscleIds) resolveStructureParts(anatomy, id, sides, markIsolated);
  }

  const { layers, xray } = scene;
  const data = target.data;
  for (let i = 0; i < count; i += 1) {
    const kind = anatomy.parts[i]?.kind ?? 'other';
    const layerOn =
      kind === 'muscle' ? layers.muscles : kind === 'bone' ? layers.bones : layers.other;
    const selected = selectedColor[i] !== -1;
    let visible = layerOn && hiddenMask[i] === 0;
    if (visible && isolated && kind !== 'bone') visible = isolatedMask[i] === 1 || selected;
    let flags = visible ? PartFlags.visible : 0;
    if (selected) flags |= PartFlags.selected;
    if (i === target.hovered) flags |= PartFlags.hovered;
    if (xray.enabled && !selected) flags |= PartFlags.translucent;
    if (fadedMask[i] === 1 && visible && !selected && !xray.enabled)
      flags |= PartFlags.faded | PartFlags.translucent;
    const rest = baseColor[i] ?? 0;
    const color = selected
      ? (selectedColor[i] ?? 0)
      : anySelected && kind === 'muscle' && !xray.enabled
        ? dimmed(rest)
        : rest;
    const o = i * 4;
    data[o] = (color >> 16) & 255;
    data[o + 1] = (color >> 8) & 255;
    data[o + 2] = color & 255;
    data[o + 3] = flags;
  }
  target.texture.needsUpdate = true;
};
