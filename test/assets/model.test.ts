import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Box3, Vector3, type Mesh, type Object3D } from 'three';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAssets } from '../../assets/build/ensure-assets.js';
import { resolveAssetDirs } from '../../assets/build/resolve-asset-dirs.js';
import { MIN_PART_TRIANGLES, tierSettings } from '../../assets/build/tier-settings.js';
import type { Catalog, Muscle } from '#shared/anatomy/catalog-schema';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { ModelManifest, type ModelPart, type TierName } from '#shared/anatomy/model-manifest';
import { parseGlb } from '../support/parse-glb.js';

const { sourceDir, outDir } = resolveAssetDirs();
const hasSource = existsSync(path.join(sourceDir, 'parts.json'));
const AXES = [0, 1, 2] as const;

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

/** World bounds of the vertices a mesh's triangles use. */
function indexedBounds(mesh: Mesh): Box3 {
  const box = new Box3();
  const position = mesh.geometry.getAttribute('position');
  const index = required(mesh.geometry.index, `${mesh.name} index`);
  const point = new Vector3();
  for (let i = 0; i < index.count; i++) {
    box.expandByPoint(
      point.fromBufferAttribute(position, index.getX(i)).applyMatrix4(mesh.matrixWorld),
    );
  }
  return box;
}

function allParts(muscle: Muscle): string[] {
  return [...muscle.parts.left, ...muscle.parts.right, ...muscle.parts.midline];
}

describe.skipIf(!hasSource)('body model', () => {
  let manifest: ModelManifest;
  let catalog: Catalog;
  const scenes = new Map<TierName, GLTF>();
  const partsByFma = new Map<string, ModelPart>();

  beforeAll(async () => {
    const status = await ensureAssets({ sourceDir, outDir });
    expect(status.state).not.toBe('missing-source');
    const manifestFile = required(status.manifestFile, 'manifest file');
    manifest = ModelManifest.parse(JSON.parse(await readFile(manifestFile, 'utf8')));
    for (const part of manifest.parts) partsByFma.set(part.fma, part);
    catalog = loadCatalog();
    for (const tier of manifest.tiers) {
      scenes.set(tier.name, await parseGlb(await readFile(path.join(outDir, tier.file))));
    }
  }, 120_000);

  const sceneOf = (tier: TierName): GLTF => required(scenes.get(tier), `${tier} scene`);

  const meshesOf = (tier: TierName): Map<string, Mesh> => {
    const meshes = new Map<string, Mesh>();
    const scene = sceneOf(tier).scene;
    scene.updateMatrixWorld(true);
    scene.traverse((object: Object3D) => {
      if ((object as Mesh).isMesh) meshes.set(object.name, object as Mesh);
    });
    return meshes;
  };

  const settingsOf = (tier: TierName) =>
    required(
      tierSettings.find((settings) => settings.name === tier),
      `${tier} settings`,
    );

  const centroidOf = (fmas: readonly string[]): [number, number, number] => {
    const parts = fmas.map((fma) => required(partsByFma.get(fma), `FMA ${fma}`));
    const mean = (axis: 0 | 1 | 2) =>
      parts.reduce((sum, part) => sum + part.centroid[axis], 0) / parts.length;
    return [mean(0), mean(1), mean(2)];
  };

  const muscle = (id: string): Muscle =>
    required(
      catalog.muscles.find((m) => m.id === id),
      `catalog muscle ${id}`,
    );

  it('should account for every listed part: in the model or excluded with a reason, none lost', async () => {
    const listed = JSON.parse(await readFile(path.join(sourceDir, 'parts.json'), 'utf8')) as {
      fma: string;
    }[];
    const excluded = new Set(manifest.excluded.map((part) => part.fma));
    for (const { fma } of listed) {
      expect(partsByFma.has(fma) !== excluded.has(fma), `FMA ${fma} in exactly one list`).toBe(
        true,
      );
    }
    expect(manifest.parts.length + manifest.excluded.length).toBe(listed.length);
    for (const part of manifest.excluded) expect(part.reason.length).toBeGreaterThan(0);
  });

  it('should draw every catalog muscle that has a mesh, and no muscle part the catalog does not list', () => {
    const withMesh = catalog.muscles.filter((m) => m.hasMesh);
    expect(withMesh.length).toBeGreaterThan(0);
    for (const m of withMesh) {
      for (const side of ['left', 'right', 'midline'] as const) {
        for (const fma of m.parts[side]) {
          expect(partsByFma.get(fma), `${m.id} part FMA ${fma}`).toMatchObject({
            structureId: m.id,
            kind: 'muscle',
            side,
            layer: m.layer,
          });
        }
      }
    }
    const listedBy = new Map(
      withMesh.flatMap((m) => allParts(m).map((fma) => [fma, m.id] as const)),
    );
    for (const part of manifest.parts.filter((p) => p.kind === 'muscle')) {
      expect(listedBy.get(part.fma), `manifest muscle part ${part.key}`).toBe(part.structureId);
    }
  });

  it('should load every tier with three’s GLTFLoader, one node per manifest part', () => {
    for (const tier of manifest.tiers) {
      const meshes = meshesOf(tier.name);
      expect([...meshes.keys()].sort()).toEqual(manifest.parts.map((part) => part.key).sort());
      let triangles = 0;
      for (const part of manifest.parts) {
        const mesh = required(meshes.get(part.key), part.key);
        expect(mesh.userData).toMatchObject({
          fma: part.fma,
          structureId: part.structureId,
          kind: part.kind,
          side: part.side,
        });
        const count = required(mesh.geometry.index, `${part.key} index`).count / 3;
        expect(count).toBe(part.triangles[tier.name]);
        triangles += count;
      }
      expect(triangles).toBe(tier.triangles);
    }
  });

  it('should place each part where the manifest says, in metres', () => {
    for (const tier of manifest.tiers) {
      const { maxErrorMm } = settingsOf(tier.name);
      // Simplification may move a surface by its error bound; quantization adds a grid step.
      const tolerance = (Math.max(maxErrorMm.muscle, maxErrorMm.bone) + 0.5) / 1000;
      const meshes = meshesOf(tier.name);
      for (const part of manifest.parts) {
        const box = indexedBounds(required(meshes.get(part.key), part.key));
        const centre = box.getCenter(new Vector3());
        for (const axis of AXES) {
          const what = `${tier.name} ${part.label} axis ${axis}`;
          // Inside the source bounds (a stray sliver may simplify away, so not always equal).
          expect(box.min.getComponent(axis), what).toBeGreaterThan(part.bbox.min[axis] - tolerance);
          expect(box.max.getComponent(axis), what).toBeLessThan(part.bbox.max[axis] + tolerance);
          expect(centre.getComponent(axis), what).toBeGreaterThan(part.bbox.min[axis]);
          expect(centre.getComponent(axis), what).toBeLessThan(part.bbox.max[axis]);
        }
      }
    }
  });

  it('should keep the body frame: the left side at +X, the front at +Z, the head up', () => {
    const biceps = muscle('biceps-brachii');
    expect(centroidOf(biceps.parts.left)[0]).toBeGreaterThan(0);
    expect(centroidOf(biceps.parts.right)[0]).toBeLessThan(0);
    const pectoralis = centroidOf(allParts(muscle('pectoralis-major')));
    const trapezius = centroidOf(allParts(muscle('trapezius')));
    expect(pectoralis[2]).toBeGreaterThan(trapezius[2]);
    for (const part of manifest.parts) {
      if (part.side === 'left') expect(part.centroid[0], part.label).toBeGreaterThan(0);
      if (part.side === 'right') expect(part.centroid[0], part.label).toBeLessThan(0);
    }
    const height = manifest.bounds.max[1] - manifest.bounds.min[1];
    expect(height).toBeGreaterThan(1.4);
    expect(height).toBeLessThan(2.1);
  });

  it('should move every registered part into the body, off the floor', () => {
    for (const registered of manifest.registered) {
      const part = required(
        manifest.parts.find((p) => p.key === registered.key),
        registered.key,
      );
      expect(part.bbox.min[1], part.label).toBeGreaterThan(0.3);
      for (const axis of AXES) {
        expect(part.bbox.min[axis]).toBeGreaterThanOrEqual(manifest.bounds.min[axis]);
        expect(part.bbox.max[axis]).toBeLessThanOrEqual(manifest.bounds.max[axis]);
      }
    }
  });

  it(`should keep at least ${MIN_PART_TRIANGLES} triangles in every part of every tier`, () => {
    for (const part of manifest.parts) {
      expect(part.triangles.light, part.label).toBeGreaterThanOrEqual(MIN_PART_TRIANGLES);
      expect(part.triangles.full, part.label).toBeGreaterThanOrEqual(MIN_PART_TRIANGLES);
    }
  });

  it('should keep every tier within its size and triangle budget', async () => {
    expect(manifest.tiers.map((tier) => tier.name).sort()).toEqual(['full', 'light']);
    for (const tier of manifest.tiers) {
      const { budget } = settingsOf(tier.name);
      expect((await stat(path.join(outDir, tier.file))).size).toBe(tier.bytes);
      expect(tier.bytes).toBeLessThanOrEqual(budget.maxBytes);
      expect(tier.triangles).toBeGreaterThanOrEqual(budget.minTriangles);
      expect(tier.triangles).toBeLessThanOrEqual(budget.maxTriangles);
    }
  });

  it('should frame the whole body in every named view', () => {
    const size = Math.hypot(
      ...AXES.map((axis) => manifest.bounds.max[axis] - manifest.bounds.min[axis]),
    );
    for (const [view, camera] of Object.entries(manifest.views)) {
      const distance = Math.hypot(
        ...AXES.map((axis) => camera.position[axis] - camera.target[axis]),
      );
      expect(distance, view).toBeGreaterThan(size / 2);
      expect(distance, view).toBeLessThan(size * 3);
    }
  });
});
