import { Document, NodeIO, type Primitive } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { GroupVertexBufferViews } from './group-vertex-buffer-views.js';
import { createUvSphere } from './test-support/create-uv-sphere.js';

beforeAll(async () => {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
});

function addSphere(document: Document, i: number): Primitive {
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  const { positions, indices } = createUvSphere(1 + i, 10 + 2 * i, 8 + i, [i * 5, 0, 0]);
  const primitive = document
    .createPrimitive()
    .setAttribute(
      'POSITION',
      document.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer),
    )
    .setIndices(document.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
  const node = document.createNode().setMesh(document.createMesh().addPrimitive(primitive));
  (document.getRoot().listScenes()[0] ?? document.createScene()).addChild(node);
  return primitive;
}

async function write(
  group: boolean,
): Promise<{ json: Record<string, unknown[]>; glb: Uint8Array }> {
  const document = new Document();
  for (let i = 0; i < 4; i++) addSphere(document, i);
  await document.transform(
    meshopt({ encoder: MeshoptEncoder, level: 'high', quantizationVolume: 'scene' }),
  );
  if (group) document.createExtension(GroupVertexBufferViews);
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization, GroupVertexBufferViews])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  const { json } = await io.writeJSON(document);
  return {
    json: json as unknown as Record<string, unknown[]>,
    glb: await io.writeBinary(document),
  };
}

describe('GroupVertexBufferViews', () => {
  it('should put the vertex attributes of all meshes in shared buffer views', async () => {
    const separate = await write(false);
    const grouped = await write(true);
    expect(grouped.json.accessors).toHaveLength(separate.json.accessors?.length ?? -1);
    expect(grouped.json.bufferViews?.length).toBeLessThan(separate.json.bufferViews?.length ?? 0);
    // One view for all indices, one for all positions.
    expect(grouped.json.bufferViews).toHaveLength(2);
    expect(grouped.json.extensionsUsed).not.toContain(GroupVertexBufferViews.EXTENSION_NAME);
  });

  it('should keep every mesh’s own vertices', async () => {
    const io = new NodeIO()
      .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const read = async (group: boolean) =>
      (await io.readBinary((await write(group)).glb))
        .getRoot()
        .listMeshes()
        .map((mesh) =>
          Array.from(mesh.listPrimitives()[0]?.getAttribute('POSITION')?.getArray() ?? []),
        );
    const separate = await read(false);
    const grouped = await read(true);
    expect(grouped).toHaveLength(4);
    expect(grouped).toEqual(separate);
  });
});
