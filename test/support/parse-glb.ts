import { MeshoptDecoder } from 'meshoptimizer';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';

/**
 * Parses GLB bytes in Node with three's GLTFLoader and the meshopt decoder, as the viewer does.
 * Textureless GLBs need no DOM shims: the loader only touches images (`self.URL`,
 * `createImageBitmap`) when a file has textures.
 */
export async function parseGlb(bytes: Uint8Array): Promise<GLTF> {
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return new Promise((resolve, reject) => loader.parse(data as ArrayBuffer, '', resolve, reject));
}
