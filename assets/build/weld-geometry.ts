import { Document } from '@gltf-transform/core';
import { weldPrimitive } from '@gltf-transform/functions';
import type { PartGeometry } from './part-geometry.js';

/**
 * Merges bitwise-identical vertices with gltf-transform's `weldPrimitive`. Call it on positions
 * only: the source files split normals at creases, so welding with normals leaves seams that stall
 * the simplifier.
 */
export function weldGeometry(geometry: PartGeometry): PartGeometry {
  const document = new Document();
  const position = document.createAccessor().setType('VEC3').setArray(geometry.positions);
  const indices = document.createAccessor().setType('SCALAR').setArray(geometry.indices);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', position)
    .setIndices(indices);
  weldPrimitive(primitive);
  const weldedPositions = primitive.getAttribute('POSITION')?.getArray();
  const weldedIndices = primitive.getIndices()?.getArray();
  if (!(weldedPositions instanceof Float32Array) || !weldedIndices) {
    throw new Error('weldGeometry: welding returned no geometry');
  }
  return { positions: weldedPositions, indices: Uint32Array.from(weldedIndices) };
}
