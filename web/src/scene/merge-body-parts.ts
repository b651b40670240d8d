import { BufferAttribute, BufferGeometry, Matrix3, Mesh, Vector3, type Object3D } from 'three';
import type { PartKind } from '#shared/anatomy/model-manifest';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { BodyBatch } from './body-batch';

const kinds: readonly PartKind[] = ['muscle', 'bone', 'other'];
const v = new Vector3();
const normalMatrix = new Matrix3();

interface Source {
  mesh: Mesh;
  part: number;
}

const partKeyOf = (object: Object3D): string | null => {
  const fma = (object.userData as { fma?: unknown }).fma;
  if (typeof fma === 'string' || typeof fma === 'number') return `FMA${fma}`;
  return /^FMA\d+$/.test(object.name) ? object.name : null;
};

/**
 * Merges the model's part meshes into one geometry per kind (muscle, bone, other), in metres
 * (each node's world matrix, dequantization included, is applied), with a `partIndex` vertex
 * attribute holding the part's index in `anatomy.parts`. Parts the manifest does not list are
 * skipped. Returns the batches and the keys skipped.
 */
export const mergeBodyParts = (
  root: Object3D,
  anatomy: AnatomyIndex,
): { batches: BodyBatch[]; skipped: string[] } => {
  root.updateMatrixWorld(true);
  const byKind = new Map<PartKind, Source[]>(kinds.map((k) => [k, []]));
  const skipped: string[] = [];
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const key = partKeyOf(object) ?? partKeyOf(object.parent ?? object);
    const part = key === null ? undefined : anatomy.partIndexByKey.get(key);
    if (part === undefined) {
      skipped.push(key ?? object.name);
      return;
    }
    byKind.get(anatomy.parts[part]?.kind ?? 'other')?.push({ mesh: object as Mesh, part });
  });

  const wideParts = anatomy.parts.length > 65535;
  const batches: BodyBatch[] = [];
  for (const kind of kinds) {
    const sources = byKind.get(kind) ?? [];
    if (sources.length === 0) continue;
    let vertexCount = 0;
    let indexCount = 0;
    for (const { mesh } of sources) {
      const geometry = mesh.geometry as BufferGeometry;
      const count = geometry.getAttribute('position').count;
      vertexCount += count;
      indexCount += geometry.index ? geometry.index.count : count;
    }
    const positions = new Float32Array(vertexCount * 3);
    const normals = new Float32Array(vertexCount * 3);
    const partOfVertex = wideParts ? new Float32Array(vertexCount) : new Uint16Array(vertexCount);
    const indices = vertexCount > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
    let missingNormals = false;
    let vo = 0;
    let io = 0;
    for (const { mesh, part } of sources) {
      const geometry = mesh.geometry as BufferGeometry;
      const position = geometry.getAttribute('position');
      const normal = geometry.getAttribute('normal');
      normalMatrix.getNormalMatrix(mesh.matrixWorld);
      for (let i = 0; i < position.count; i += 1) {
        v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
        positions[(vo + i) * 3] = v.x;
        positions[(vo + i) * 3 + 1] = v.y;
        positions[(vo + i) * 3 + 2] = v.z;
        if (normal) {
          v.fromBufferAttribute(normal, i).applyMatrix3(normalMatrix).normalize();
          normals[(vo + i) * 3] = v.x;
          normals[(vo + i) * 3 + 1] = v.y;
          normals[(vo + i) * 3 + 2] = v.z;
        }
      }
      if (!normal) missingNormals = true;
      partOfVertex.fill(part, vo, vo + position.count);
      const index = geometry.index;
      if (index) {
        for (let i = 0; i < index.count; i += 1) indices[io + i] = index.getX(i) + vo;
        io += index.count;
      } else {
        for (let i = 0; i < position.count; i += 1) indices[io + i] = vo + i;
        io += position.count;
      }
      vo += position.count;
    }
    const merged = new BufferGeometry();
    merged.setAttribute('position', new BufferAttribute(positions, 3));
    merged.setAttribute('normal', new BufferAttribute(normals, 3));
    merged.setAttribute('partIndex', new BufferAttribute(partOfVertex, 1));
    merged.setIndex(new BufferAttribute(indices, 1));
    if (missingNormals) merged.computeVertexNormals();
    merged.computeBoundingBox();
    merged.computeBoundingSphere();
    merged.name = `body-${kind}`;
    batches.push({ kind, geometry: merged, partOfVertex, bvh: null });
  }
  return { batches, skipped };
};
