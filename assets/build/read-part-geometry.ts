import type { NodeIO } from '@gltf-transform/core';
import type { PartGeometry } from './part-geometry.js';

const TRIANGLES = 4;

/**
 * Reads the triangle geometry of one source GLB from its accessors, ignoring node transforms:
 * every BodyParts3D file's node carries a +90° X rotation, while the vertex data itself already
 * shares the body frame (millimetres, +Y up, +X the body's left, +Z anterior). Normals and other
 * attributes are dropped. Several meshes or primitives are concatenated.
 */
export async function readPartGeometry(io: NodeIO, file: string): Promise<PartGeometry> {
  const document = await io.read(file);
  const chunks: PartGeometry[] = [];
  for (const mesh of document.getRoot().listMeshes()) {
    for (const primitive of mesh.listPrimitives()) {
      if (primitive.getMode() !== TRIANGLES) continue;
      const position = primitive.getAttribute('POSITION');
      if (!position) continue;
      const count = position.getCount();
      const array = position.getArray();
      let positions: Float32Array;
      if (array instanceof Float32Array && !position.getNormalized()) {
        positions = array.slice(0, count * 3);
      } else {
        // getElement dequantizes normalized integer accessors, so any source encoding reads as floats.
        positions = new Float32Array(count * 3);
        const element = [0, 0, 0];
        for (let i = 0; i < count; i++) {
          position.getElement(i, element);
          positions[i * 3] = element[0] ?? 0;
          positions[i * 3 + 1] = element[1] ?? 0;
          positions[i * 3 + 2] = element[2] ?? 0;
        }
      }
      const indexAccessor = primitive.getIndices();
      const indices = indexAccessor
        ? Uint32Array.from(indexAccessor.getArray() ?? [])
        : Uint32Array.from({ length: count - (count % 3) }, (_, i) => i);
      chunks.push({ positions, indices });
    }
  }
  return concatGeometry(chunks);
}

function concatGeometry(chunks: PartGeometry[]): PartGeometry {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const vertexCount = chunks.reduce((sum, c) => sum + c.positions.length, 0);
  const indexCount = chunks.reduce((sum, c) => sum + c.indices.length, 0);
  const positions = new Float32Array(vertexCount);
  const indices = new Uint32Array(indexCount);
  let vertexOffset = 0;
  let indexOffset = 0;
  for (const chunk of chunks) {
    positions.set(chunk.positions, vertexOffset);
    const base = vertexOffset / 3;
    for (let i = 0; i < chunk.indices.length; i++) {
      indices[indexOffset + i] = (chunk.indices[i] ?? 0) + base;
    }
    vertexOffset += chunk.positions.length;
    indexOffset += chunk.indices.length;
  }
  return { positions, indices };
}
