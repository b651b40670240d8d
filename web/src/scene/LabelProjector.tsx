import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3, type Camera } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { BodyRuntime } from './body-runtime';
import { isAnchorVisible } from './is-anchor-visible';
import type { LabelEntry, LabelRegistry } from './label-registry';

export interface LabelProjectorProps {
  registry: LabelRegistry;
  anatomy: AnatomyIndex;
  runtime: BodyRuntime;
}

const MAX_LABELS = 64;
const GAP_PX = 3;

// Frame-loop scratch at module scope: placing labels allocates nothing but the style strings.
const projected = new Vector3();
const slots: {
  entry: LabelEntry | null;
  x: number;
  y: number;
  shown: boolean;
  visible: boolean;
}[] = Array.from({ length: MAX_LABELS }, () => ({
  entry: null,
  x: 0,
  y: 0,
  shown: false,
  visible: false,
}));
let count = 0;
let frameCamera: Camera | null = null;
let frameWidth = 0;
let frameHeight = 0;
let frameAnatomy: AnatomyIndex | null = null;
let frameRuntime: BodyRuntime | null = null;

const project = (entry: LabelEntry) => {
  if (!frameCamera || !frameAnatomy || !frameRuntime || count >= MAX_LABELS) return;
  const slot = slots[count];
  if (!slot) return;
  count += 1;
  slot.entry = entry;
  slot.shown = false;
  slot.visible = false;
  // The first anchor the camera can see wins; failing that, the one nearest the camera (the
  // side turned towards it).
  let nearest = Infinity;
  for (let i = 0; i < entry.anchors.length && !slot.visible; i += 1) {
    const anchor = entry.anchors[i];
    if (!anchor) continue;
    projected.set(anchor[0], anchor[1], anchor[2]);
    const distance = projected.distanceTo(frameCamera.position);
    projected.project(frameCamera);
    const onScreen =
      projected.z <= 1 && Math.abs(projected.x) <= 1.2 && Math.abs(projected.y) <= 1.2;
    if (!onScreen) continue;
    const visible = isAnchorVisible(
      frameCamera.position,
      anchor,
      entry.structureId,
      frameAnatomy,
      frameRuntime,
    );
    if (!visible && distance >= nearest) continue;
    nearest = distance;
    slot.shown = true;
    slot.visible = visible;
    slot.x = (projected.x * 0.5 + 0.5) * frameWidth;
    slot.y = (-projected.y * 0.5 + 0.5) * frameHeight;
  }
};

type Slot = (typeof slots)[number];

/** Used slots first, visible before hidden, then top to bottom. */
const placementOrder = (a: Slot, b: Slot) =>
  Number(b.entry !== null) - Number(a.entry !== null) ||
  Number(b.visible) - Number(a.visible) ||
  a.y - b.y;

const overlaps = (a: Slot, b: Slot) => {
  const ea = a.entry;
  const eb = b.entry;
  if (!ea || !eb) return false;
  return (
    a.x < b.x + eb.width + GAP_PX &&
    b.x < a.x + ea.width + GAP_PX &&
    Math.abs(a.y - b.y) < (ea.height + eb.height) / 2 + GAP_PX
  );
};

/**
 * Places the DOM labels over the canvas each frame: projects each anchor to the screen, fades it
 * when other structures hide it (one BVH cast per label), and moves labels down out of each
 * other's way (visible ones first). Renders nothing itself.
 */
export function LabelProjector({ registry, anatomy, runtime }: LabelProjectorProps) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => registry.onFrameNeeded(invalidate), [registry, invalidate]);
  useFrame(({ camera, size }) => {
    if (registry.entries.size === 0) return;
    count = 0;
    frameCamera = camera;
    frameWidth = size.width;
    frameHeight = size.height;
    frameAnatomy = anatomy;
    frameRuntime = runtime;
    registry.entries.forEach(project);
    frameCamera = null;
    frameAnatomy = null;
    frameRuntime = null;
    slots.sort(placementOrder);
    for (let i = 0; i < count; i += 1) {
      const slot = slots[i];
      if (!slot?.entry) continue;
      // Push down until clear of every label placed before it (a few passes suffice).
      for (let pass = 0; pass < 4; pass += 1) {
        let moved = false;
        for (let j = 0; j < i; j += 1) {
          const other = slots[j];
          if (other?.shown && slot.shown && overlaps(slot, other) && other.entry) {
            slot.y = other.y + (other.entry.height + slot.entry.height) / 2 + GAP_PX;
            moved = true;
          }
        }
        if (!moved) break;
      }
      const style = slot.entry.element.style;
      style.opacity = !slot.shown ? '0' : slot.visible ? '1' : '0.3';
      style.transform = `translate3d(${slot.x.toFixed(1)}px, ${slot.y.toFixed(1)}px, 0)`;
    }
    // Only now: placing each label needed the entries of those placed before it.
    for (let i = 0; i < count; i += 1) {
      const slot = slots[i];
      if (slot) slot.entry = null;
    }
  });
  return null;
}
