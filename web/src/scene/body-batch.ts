import type { BufferGeometry } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { PartKind } from '#shared/anatomy/model-manifest';

/** All parts of one kind merged into one geometry, with a per-vertex `partIndex` attribute. */
export interface BodyBatch {
  readonly kind: PartKind;
  readonly geometry: BufferGeometry;
  /** Part index of every vertex (the `partIndex` attribute's array). */
  readonly partOfVertex: Uint16Array | Float32Array;
  /** Built after the first frame; picking uses it once set. */
  bvh: MeshBVH | null;
}
