import { Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import { frameBounds } from '#shared/anatomy/frame-camera';
import {
  ModelManifest,
  type CameraPose,
  type ExcludedPart,
  type ModelPart,
  type ModelTier,
  type RegisteredPart,
  type TierName,
} from '#shared/anatomy/model-manifest';
import { NamedView } from '#shared/protocol/named-view';
import { AnatomySourceMissingError } from './anatomy-source-missing-error.js';
import { attribution } from './attribution.js';
import { createTierBuilder, type TierInputPart } from './create-tier-builder.js';
import { classifyParts } from './classify-parts.js';
import { musclePartFor } from './muscle-part-for.js';
import { computeBounds, type Box3 } from './compute-bounds.js';
import { computeCentroid } from './compute-centroid.js';
import { createProgressReporter, type ProgressReporter } from './create-progress-reporter.js';
import { hashBuildInputs } from './hash-build-inputs.js';
import { isOutOfFrame } from './is-out-of-frame.js';
import { listBuildInputs } from './list-build-inputs.js';
import { loadCatalogIfAvailable } from './load-catalog-if-available.js';
import type { PartGeometry } from './part-geometry.js';
import { readPartGeometry } from './read-part-geometry.js';
import { readPartsList, type ListedPart } from './read-parts-list.js';
import { registerPart } from './register-part.js';
import { registrations } from './registrations.js';
import { tierSettings } from './tier-settings.js';
import { unionBounds } from './union-bounds.js';
import { weldGeometry } from './weld-geometry.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** File name of the manifest, beside the GLBs. */
export const MANIFEST_FILE = 'model-manifest.json';

/** The camera the manifest's views are framed for: 45° vertical field of view, square viewport. */
const VIEW_CAMERA = { fovDeg: 45, aspect: 1 };

export interface BuildModelOptions {
  /** BodyParts3D folder holding parts.json. */
  sourceDir: string;
  /** Output folder (created if missing). */
  outDir: string;
  /** Progress and summary output. @default plain lines on console.log */
  progress?: ProgressReporter;
  /** Test seam: a catalog to classify with (null for none). @default loadCatalogIfAvailable() */
  catalog?: Catalog | null;
}

export interface BuildModelResult {
  readonly manifest: ModelManifest;
  readonly input: { readonly parts: number; readonly triangles: number; readonly bytes: number };
  readonly tiers: readonly (ModelTier & { readonly ms: number; readonly atFloor: number })[];
  readonly warnings: readonly string[];
  readonly ms: number;
}

const MM_TO_M = 0.001;

/**
 * Builds the body model from a BodyParts3D folder: reads every listed part's accessor data
 * (millimetres, body frame; node transforms ignored), welds it, registers the out-of-frame files
 * (registrations.ts), simplifies each part into every tier as it goes (create-tier-builder.ts),
 * then writes one GLB per tier and model-manifest.json last.
 * Throws AnatomySourceMissingError when `sourceDir` has no parts.json.
 */
export async function buildModel(options: BuildModelOptions): Promise<BuildModelResult> {
  const startedAt = performance.now();
  const progress = options.progress ?? createProgressReporter();
  const { sourceDir, outDir } = options;
  if (!existsSync(path.join(sourceDir, 'parts.json')))
    throw new AnatomySourceMissingError(sourceDir);
  await Promise.all([MeshoptSimplifier.ready, MeshoptEncoder.ready, MeshoptDecoder.ready]);

  const warnings: string[] = [];
  const [listed, inputsHash, catalogLoad] = await Promise.all([
    readPartsList(sourceDir),
    listBuildInputs(sourceDir).then((inputs) => hashBuildInputs(inputs, sourceDir)),
    options.catalog !== undefined
      ? { catalog: options.catalog, warning: null }
      : loadCatalogIfAvailable(),
  ]);
  if (catalogLoad.warning) warnings.push(catalogLoad.warning);
  const classifier = classifyParts(catalogLoad.catalog);
  warnings.push(...classifier.conflicts);

  const excluded: ExcludedPart[] = [];
  const exclude = (part: ListedPart, reason: string): void => {
    excluded.push({
      key: `FMA${part.fma}`,
      fma: part.fma,
      label: part.label,
      file: part.filename,
      reason,
    });
  };
  for (const part of listed) {
    if (!part.present)
      exclude(part, 'listed in parts.json, but the file is absent from the source');
  }

  await mkdir(outDir, { recursive: true });
  const builders = tierSettings.map((settings) => ({
    settings,
    builder: createTierBuilder(settings, { copyright: attribution.text }),
  }));
  const parts: ModelPart[] = [];
  /** Simplifies a part into every tier, so its source geometry can go right after. */
  const addPart = (part: ListedPart, geometry: PartGeometry, bounds: Box3): void => {
    const partClass = classifier.classify(part.fma, part.label);
    const isBone =
      partClass.kind === 'bone' || (partClass.kind === 'other' && part.group === 'bones');
    const input: TierInputPart = {
      key: `FMA${part.fma}`,
      fma: part.fma,
      class: partClass,
      errorClass: isBone ? 'bone' : 'muscle',
      geometry,
    };
    const triangles = Object.fromEntries(
      builders.map(({ settings, builder }) => [settings.name, builder.addPart(input)]),
    ) as Record<TierName, number>;
    parts.push({
      key: input.key,
      fma: part.fma,
      label: part.label,
      ...partClass,
      musclePart: musclePartFor(part.label, partClass),
      bbox: { min: toMetres(bounds.min), max: toMetres(bounds.max) },
      centroid: toMetres(computeCentroid(geometry)),
      triangles: { light: triangles.light, full: triangles.full },
    });
  };

  // Read, weld and simplify every in-frame part; keep the out-of-frame ones for registration.
  const io = new NodeIO()
    .setLogger(new Logger(Logger.Verbosity.WARN))
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const present = listed.filter((part) => part.present);
  const inFrame = new Map<string, Box3>();
  const outOfFrame: { part: ListedPart; geometry: PartGeometry }[] = [];
  let inputTriangles = 0;
  let inputBytes = 0;
  progress.start('read + simplify', present.length);
  for (const part of present) {
    let geometry: PartGeometry | undefined;
    try {
      const source = await readPartGeometry(io, part.file);
      inputTriangles += source.indices.length / 3;
      inputBytes += (await stat(part.file)).size;
      if (source.indices.length === 0) exclude(part, 'the file holds no triangles');
      else geometry = weldGeometry(source);
    } catch (error) {
      exclude(part, `unreadable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (geometry) {
      const bounds = computeBounds(geometry.positions);
      if (isOutOfFrame(bounds)) {
        outOfFrame.push({ part, geometry });
      } else {
        inFrame.set(part.fma, bounds);
        addPart(part, geometry, bounds);
      }
    }
    progress.tick();
  }
  progress.end(
    `read + simplify: ${present.length} files, ${inputTriangles.toLocaleString('en-US')} triangles`,
  );

  // Register the out-of-frame files against their in-frame neighbours.
  const registered: RegisteredPart[] = [];
  for (const { part, geometry } of outOfFrame) {
    const registration = registrations.find((r) => r.fma === part.fma);
    if (!registration) {
      exclude(
        part,
        'outside the body frame (mis-scaled source file) and no registration is defined',
      );
      continue;
    }
    const outcome = registerPart(registration, geometry, (fma) => inFrame.get(fma));
    if (!outcome.ok) {
      exclude(part, outcome.reason);
      continue;
    }
    addPart(part, outcome.geometry, outcome.bounds);
    registered.push({
      key: `FMA${part.fma}`,
      label: part.label,
      scale: registration.scale,
      pivot: toMicrometres(outcome.pivot),
      target: toMicrometres(outcome.target),
      landmark: registration.landmark.description,
    });
  }
  parts.sort((a, b) => Number(a.fma) - Number(b.fma));

  const tiers: (ModelTier & { ms: number; atFloor: number })[] = [];
  for (const { settings, builder } of builders) {
    const built = await builder.finish();
    await writeFileAtomic(path.join(outDir, settings.file), built.glb);
    progress.log(
      `wrote ${settings.file}: ${built.triangles.toLocaleString('en-US')} triangles, ` +
        `${built.glb.byteLength.toLocaleString('en-US')} bytes`,
    );
    tiers.push({
      name: settings.name,
      file: settings.file,
      bytes: built.glb.byteLength,
      triangles: built.triangles,
      maxErrorMm: { ...settings.maxErrorMm },
      ms: built.ms,
      atFloor: built.atFloor,
    });
  }

  const bodyBounds = unionBounds(parts.map((part) => part.bbox));
  const views = Object.fromEntries(
    NamedView.options.map((view): [NamedView, CameraPose] => [
      view,
      roundCamera(frameBounds(bodyBounds, view, VIEW_CAMERA.fovDeg, VIEW_CAMERA.aspect)),
    ]),
  ) as Record<NamedView, CameraPose>;

  const manifest = ModelManifest.parse({
    version: 1,
    inputsHash,
    builtAt: new Date().toISOString(),
    catalogVersion: catalogLoad.catalog?.version ?? null,
    units: 'm',
    frame: {
      up: '+Y',
      left: '+X',
      anterior: '+Z',
      description:
        'Metres; +Y up (feet near 0), +X the body’s left, +Z anterior (the front); ' +
        'the BodyParts3D vertex frame scaled from millimetres. Node transforms of the source ' +
        'files are ignored.',
    },
    attribution,
    tiers: tiers.map(({ name, file, bytes, triangles, maxErrorMm }) => ({
      name,
      file,
      bytes,
      triangles,
      maxErrorMm,
    })),
    bounds: bodyBounds,
    camera: VIEW_CAMERA,
    views,
    parts,
    registered,
    excluded,
  } satisfies ModelManifest);
  await writeFileAtomic(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  return {
    manifest,
    input: { parts: present.length, triangles: inputTriangles, bytes: inputBytes },
    tiers,
    warnings,
    ms: performance.now() - startedAt,
  };
}

/** Millimetres to metres, kept to micrometres so the manifest stays readable. */
function toMetres(v: readonly [number, number, number]): [number, number, number] {
  return [micro(v[0] * MM_TO_M), micro(v[1] * MM_TO_M), micro(v[2] * MM_TO_M)];
}

/** Millimetre values kept to micrometres. */
function toMicrometres(v: readonly [number, number, number]): [number, number, number] {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return [round(v[0]), round(v[1]), round(v[2])];
}

function roundCamera(camera: CameraPose): CameraPose {
  const round = (v: readonly [number, number, number]): [number, number, number] => [
    micro(v[0]),
    micro(v[1]),
    micro(v[2]),
  ];
  return { position: round(camera.position), target: round(camera.target), up: round(camera.up) };
}

function micro(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
