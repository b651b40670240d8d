import { DataTexture, NearestFilter, RGBAFormat, UnsignedByteType } from 'three';
import { PartFlags } from './part-flags';

/** Texture width; parts wrap onto further rows. The shaders use the same constant. */
export const PART_TEXTURE_WIDTH = 256;

/**
 * Per-part state on the GPU: one RGBA8 texel per part (rgb colour in linear space, alpha the
 * flags byte). The body's shaders read it by the vertex's part index, so colour, visibility,
 * highlight and x-ray change by writing a few bytes, never by touching materials or geometry.
 */
export class PartStateTexture {
  readonly count: number;
  readonly data: Uint8Array;
  readonly texture: DataTexture;
  /** The part under the pointer, or -1. */
  hovered = -1;
  /** Parts faded because they cover the selection (kept across rewrites of the texture). */
  faded: readonly number[] = [];

  constructor(count: number) {
    this.count = count;
    const rows = Math.max(1, Math.ceil(count / PART_TEXTURE_WIDTH));
    this.data = new Uint8Array(PART_TEXTURE_WIDTH * rows * 4);
    this.texture = new DataTexture(
      this.data,
      PART_TEXTURE_WIDTH,
      rows,
      RGBAFormat,
      UnsignedByteType,
    );
    this.texture.magFilter = NearestFilter;
    this.texture.minFilter = NearestFilter;
    this.texture.generateMipmaps = false;
    this.texture.needsUpdate = true;
  }

  flags(part: number): number {
    return this.data[part * 4 + 3] ?? 0;
  }

  isVisible(part: number): boolean {
    return (this.flags(part) & PartFlags.visible) !== 0;
  }

  /** Visible and not faded: what a click or a look lands on. */
  isPickable(part: number): boolean {
    return (this.flags(part) & (PartFlags.visible | PartFlags.faded)) === PartFlags.visible;
  }

  /** Moves the hover highlight; true when it changed (the caller then renders a frame). */
  setHovered(part: number): boolean {
    if (part === this.hovered) return false;
    if (this.hovered >= 0)
      this.data[this.hovered * 4 + 3] = this.flags(this.hovered) & ~PartFlags.hovered;
    if (part >= 0) this.data[part * 4 + 3] = this.flags(part) | PartFlags.hovered;
    this.hovered = part;
    this.texture.needsUpdate = true;
    return true;
  }

  /**
   * Fades `parts` (those visible and not selected) and unfades the previous ones; true when
   * anything changed. Fading moves a part to the translucent pass with the faded flag.
   */
  setFaded(parts: readonly number[]): boolean {
    let changed = false;
    const fade = PartFlags.faded | PartFlags.translucent;
    for (const part of this.faded) {
      const flags = this.flags(part);
      if ((flags & PartFlags.faded) === 0) continue;
      this.data[part * 4 + 3] = flags & ~fade;
      changed = true;
    }
    for (const part of parts) {
      const flags = this.flags(part);
      if ((flags & PartFlags.visible) === 0 || (flags & PartFlags.selected) !== 0) continue;
      this.data[part * 4 + 3] = flags | fade;
      changed = true;
    }
    this.faded = parts;
    if (changed) this.texture.needsUpdate = true;
    return changed;
  }

  dispose(): void {
    this.texture.dispose();
  }
}
