import { Document, Logger, NodeIO, type Material, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import type { PartClass } from './classify-parts.js';
import { computeNormals } from './compute-normals.js';
import { GroupVertexBufferViews } from './group-vertex-buffer-views.js';
import { hoistDequantization } from './hoist-dequantization.js';
import type { PartGeometry } from './part-geometry.js';
import { readVec3 } from './read-vec3.js';
import { simplifyGeometry } from './simplify-geometry.js';
import { MIN_PART_TRIANGLES, type TierSettings } from './tier-settings.js';

/** A part ready for every tier: welded, registered, in millimetres in the body frame. */
export interface TierInputPart {
  readonly key: string;
  readonly fma: string;
  readonly class: PartClass;
  /** Which of the tier's error bounds applies. */
  readonly errorClass: 'muscle' | 'bone';
  readonly geometry: PartGeometry;
}

export interface BuiltTier {
  readonly glb: Uint8Array;
  readonly triangles: number;
  /** Parts held at the triangle floor (their error bound alone would have left fewer). */
  readonly atFloor: number;
  /** Time spent simplifying and encoding this tier. */
  readonly ms: number;
}

export interface TierBuilder {
  /** Simplifies one part into the tier; returns its triangle count. */
  addPart(part: TierInputPart): number;
  /** Quantizes, compresses and serializes the tier. */
  finish(): Promise<BuiltTier>;
}

const MM_TO_M = 0.001;
const UNUSED = 0xffffffff;

const KIND_COLOURS: Record<PartClass['kind'], [number, number, number, number]> = {
  muscle: [0.72, 0.22, 0.2, 1],
  bone: [0.89, 0.85, 0.76, 1],
  other: [0.8, 0.62, 0.56, 1],
};

/**
 * Starts one tier's GLB. Each part is simplified to the tier's absolute error bound (keeping at
 * least MIN_PART_TRIANGLES), compacted, converted to metres and given smooth normals as it comes,
 * so the source geometry need not stay in memory. `finish` quantizes with one volume for the whole
 * scene and compresses with EXT_meshopt_compression. Layout: one root node `body` carrying the
 * dequantization matrix, one child node per part named by its key with
 * `extras: { fma, structureId, kind, side }`, one material per kind.
 * `MeshoptSimplifier.ready` and `MeshoptEncoder.ready` must have resolved.
 */
export function createTierBuilder(
  settings: TierSettings,
  options: { copyright: string },
): TierBuilder {
  // gltf-transform's info logging (prune counts) would interleave with the progress output.
  const document = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  document.getRoot().getAsset().copyright = options.copyright;
  document.getRoot().getAsset().generator = 'anatomy-tutor assets/build';
  const buffer = document.createBuffer();
  const root: Node = document.createNode('body');
  document.getRoot().setDefaultScene(document.createScene('anatomy').addChild(root));
  const materials = new Map<PartClass['kind'], Material>();
  const materialFor = (kind: PartClass['kind']): Material => {
    let material = materials.get(kind);
    if (!material) {
      material = document
        .createMaterial(kind)
        .setBaseColorFactor(KIND_COLOURS[kind])
        .setMetallicFactor(0)
        .setRoughnessFactor(0.65)
        // Some parts are open sheets (diaphragm, linea alba, interosseous membranes).
        .setDoubleSided(true);
      materials.set(kind, material);
    }
    return material;
  };
  let triangles = 0;
  let atFloor = 0;
  let ms = 0;

  return {
    addPart(part) {
      const startedAt = performance.now();
      const simplified = simplifyGeometry(part.geometry, {
        maxError: settings.maxErrorMm[part.errorClass],
        minTriangles: MIN_PART_TRIANGLES,
      });
      if (simplified.floor !== 'not-needed') atFloor++;
      // compactMesh renumbers the kept vertices in first-use order (in place) and maps old to new.
      const indices = Uint32Array.from(simplified.indices);
      const [remap, vertexCount] = MeshoptSimplifier.compactMesh(indices);
      const source = part.geometry.positions;
      const positions = new Float32Array(vertexCount * 3);
      remap.forEach((to, from) => {
        if (to === UNUSED) return;
        const p = readVec3(source, from);
        positions.set([p[0] * MM_TO_M, p[1] * MM_TO_M, p[2] * MM_TO_M], to * 3);
      });
      const primitive = document
        .createPrimitive()
        .setMaterial(materialFor(part.class.kind))
        .setAttribute(
          'POSITION',
          document.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer),
        )
        .setAttribute(
          'NORMAL',
          document
            .createAccessor()
            .setType('VEC3')
            .setArray(computeNormals(positions, indices))
            .setBuffer(buffer),
        )
        .setIndices(
          document.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer),
        );
      root.addChild(
        document
          .createNode(part.key)
          .setMesh(document.createMesh().addPrimitive(primitive))
          .setExtras({
            fma: part.fma,
            structureId: part.class.structureId,
            kind: part.class.kind,
            side: part.class.side,
          }),
      );
      triangles += simplified.triangles;
      ms += performance.now() - startedAt;
      return simplified.triangles;
    },

    async finish() {
      const startedAt = performance.now();
      await document.transform(
        meshopt({
          encoder: MeshoptEncoder,
          level: 'high',
          quantizationVolume: 'scene',
          quantizePosition: settings.quantizePosition,
        }),
      );
      hoistDequantization(root);
      document.createExtension(GroupVertexBufferViews);
      const io = new NodeIO()
        .setLogger(new Logger(Logger.Verbosity.WARN))
        .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization, GroupVertexBufferViews])
        .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
      const glb = await io.writeBinary(document);
      ms += performance.now() - startedAt;
      return { glb, triangles, atFloor, ms };
    },
  };
}
