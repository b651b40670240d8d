import type { Node } from '@gltf-transform/core';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1] as const;

/**
 * After `quantize({ quantizationVolume: 'scene' })` every mesh node carries the same
 * dequantization matrix. Moves it onto their common parent so part nodes keep identity
 * transforms: the viewer can merge part geometries as they are, and place the merged meshes under
 * one transform. Throws if the children's matrices differ (the quantization volume was not shared).
 */
export function hoistDequantization(parent: Node): void {
  const children = parent.listChildren();
  const first = children[0]?.getMatrix();
  if (!first) return;
  for (const child of children) {
    const matrix = child.getMatrix();
    if (matrix.some((value, i) => Math.abs(value - (first[i] ?? Infinity)) > 1e-9)) {
      throw new Error(
        `hoistDequantization: node ${child.getName()} has its own quantization volume`,
      );
    }
  }
  parent.setMatrix(first);
  for (const child of children) child.setMatrix([...IDENTITY]);
}
