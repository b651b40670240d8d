import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ModelManifest } from '#shared/anatomy/model-manifest';
import { AnatomySourceMissingError } from './anatomy-source-missing-error.js';
import { buildModel, MANIFEST_FILE } from './build-model.js';
import { createProgressReporter } from './create-progress-reporter.js';
import { describeExcluded } from './describe-excluded.js';
import { hashBuildInputs } from './hash-build-inputs.js';
import { listBuildInputs } from './list-build-inputs.js';
import { resolveAssetDirs } from './resolve-asset-dirs.js';
import { tierSettings } from './tier-settings.js';

export interface EnsureAssetsOptions {
  /** BodyParts3D folder. @default $ANATOMY_SOURCE_DIR, else ../shared/anatomy/bodyparts3d */
  sourceDir?: string;
  /** Output folder. @default $ASSETS_OUT_DIR, else assets/out */
  outDir?: string;
  /** Progress lines while building, and the one-line status. @default no output */
  log?: (line: string) => void;
}

export interface AssetsStatus {
  /**
   * `ready`: the model on disk is up to date (or cannot be checked: see `message`); `built`: it
   * was (re)built now; `missing-source`: there is no model and no source to build it from.
   */
  readonly state: 'ready' | 'built' | 'missing-source';
  /** One line for people: what happened, or how to fix it (the UI shows it as is). */
  readonly message: string;
  /** Absolute path of model-manifest.json when a model exists. */
  readonly manifestFile: string | null;
}

const inFlight = new Map<string, Promise<AssetsStatus>>();

/**
 * Makes sure the body model exists and is current: builds it when the output (manifest and GLBs)
 * is missing, unreadable or older than any input (source GLBs, parts.json, catalog JSON under
 * assets/catalog/, the build code). Never throws for a missing source: it returns
 * `missing-source` with the fix in `message`, so the server can start and show it. Build errors
 * do throw. Concurrent calls for the same output folder share one build.
 */
export function ensureAssets(options: EnsureAssetsOptions = {}): Promise<AssetsStatus> {
  const defaults = resolveAssetDirs();
  const sourceDir = path.resolve(options.sourceDir ?? defaults.sourceDir);
  const outDir = path.resolve(options.outDir ?? defaults.outDir);
  const running = inFlight.get(outDir);
  if (running) return running;
  const job = ensure(sourceDir, outDir, options.log ?? (() => undefined)).finally(() =>
    inFlight.delete(outDir),
  );
  inFlight.set(outDir, job);
  return job;
}

async function ensure(
  sourceDir: string,
  outDir: string,
  log: (line: string) => void,
): Promise<AssetsStatus> {
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const outputs = await readOutputs(outDir);
  if (!existsSync(path.join(sourceDir, 'parts.json'))) {
    const missing = new AnatomySourceMissingError(sourceDir).message;
    if (outputs) {
      const message = `Using the model in ${outDir} unchecked: ${missing}`;
      log(message);
      return { state: 'ready', message, manifestFile };
    }
    log(missing);
    return { state: 'missing-source', message: missing, manifestFile: null };
  }

  const stale = outputs ? await findChangedInput(sourceDir, outputs) : 'no model yet';
  if (outputs && !stale) {
    const message = [`Body model up to date in ${outDir}`, describeExcluded(outputs.excluded)]
      .filter(Boolean)
      .join('; ');
    log(message);
    return { state: 'ready', message, manifestFile };
  }
  log(`Building the body model (${stale})...`);
  const result = await buildModel({ sourceDir, outDir, progress: createProgressReporter({ log }) });
  const tiers = result.manifest.tiers
    .map((tier) => `${tier.name} ${tier.triangles.toLocaleString('en-US')} triangles`)
    .join(', ');
  const message = [
    `Body model built in ${(result.ms / 1000).toFixed(1)} s (${tiers}) in ${outDir}`,
    describeExcluded(result.manifest.excluded),
  ]
    .filter(Boolean)
    .join('; ');
  log(message);
  return { state: 'built', message, manifestFile };
}

interface Outputs {
  /** Modification time of the oldest output file. */
  readonly oldestMs: number;
  readonly inputsHash: string;
  readonly excluded: ModelManifest['excluded'];
}

/** The outputs' state, or null when a file is missing or the manifest is invalid. */
async function readOutputs(outDir: string): Promise<Outputs | null> {
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  try {
    const manifest = ModelManifest.parse(JSON.parse(await readFile(manifestFile, 'utf8')));
    const expected = new Set(tierSettings.map((tier) => tier.file));
    if (
      !manifest.tiers.every((tier) => expected.has(tier.file)) ||
      manifest.tiers.length !== expected.size
    ) {
      return null;
    }
    const files = [manifestFile, ...manifest.tiers.map((tier) => path.join(outDir, tier.file))];
    const times = await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs));
    return {
      oldestMs: Math.min(...times),
      inputsHash: manifest.inputsHash,
      excluded: manifest.excluded,
    };
  } catch {
    return null;
  }
}

/**
 * Describes why the output is stale, or returns null when it is current: an input newer than the
 * output, else a content hash that differs from the manifest's (a swapped source folder or files
 * unpacked with old dates; hashing the 62 MB takes a fraction of a second).
 */
async function findChangedInput(sourceDir: string, outputs: Outputs): Promise<string | null> {
  const inputs = await listBuildInputs(sourceDir);
  for (const file of [...inputs.code, ...inputs.catalog, ...inputs.source]) {
    const { mtimeMs } = await stat(file);
    if (mtimeMs > outputs.oldestMs) return `${path.basename(file)} changed`;
  }
  if ((await hashBuildInputs(inputs, sourceDir)) !== outputs.inputsHash) return 'inputs changed';
  return null;
}

// `tsx assets/build/ensure-assets.ts`: builds only when stale; exits 0 even without a source.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await ensureAssets({ log: (line) => console.log(line) });
}
