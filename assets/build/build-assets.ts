import { parseArgs } from 'node:util';
import { AnatomySourceMissingError } from './anatomy-source-missing-error.js';
import { buildModel, type BuildModelResult } from './build-model.js';
import { createProgressReporter } from './create-progress-reporter.js';
import { describeExcluded } from './describe-excluded.js';
import { resolveAssetDirs } from './resolve-asset-dirs.js';

const USAGE = `Usage: npm run assets -- [--source DIR] [--out DIR]

Builds assets/out/body-light.glb, body-full.glb and model-manifest.json from a BodyParts3D folder.
  --source DIR  folder holding parts.json (else $ANATOMY_SOURCE_DIR, else ../shared/anatomy/bodyparts3d)
  --out DIR     output folder (else $ASSETS_OUT_DIR, else assets/out)`;

/** `npm run assets`: always rebuilds; exits 1 when the source is missing or the build fails. */
async function main(argv: string[]): Promise<number> {
  let values: { source?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dirs = resolveAssetDirs({ source: values.source, out: values.out });
  try {
    const result = await buildModel({
      ...dirs,
      progress: createProgressReporter({ stream: process.stdout }),
    });
    for (const line of summarize(result, dirs.outDir)) console.log(line);
    return 0;
  } catch (error) {
    if (AnatomySourceMissingError.isInstance(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

function summarize(result: BuildModelResult, outDir: string): string[] {
  const n = (value: number): string => value.toLocaleString('en-US');
  const { manifest, input } = result;
  const lines = result.warnings.map((warning) => `warning: ${warning}`);
  lines.push(
    `input: ${n(input.parts)} parts, ${n(input.triangles)} triangles, ${n(input.bytes)} bytes`,
  );
  for (const tier of result.tiers) {
    lines.push(
      `${tier.name.padEnd(5)}: ${n(input.triangles)} -> ${n(tier.triangles)} triangles, ` +
        `${n(input.bytes)} -> ${n(tier.bytes)} bytes (${tier.file}; ` +
        `error ${tier.maxErrorMm.muscle} mm, bones ${tier.maxErrorMm.bone} mm; ` +
        `${tier.atFloor} parts held at the triangle floor) in ${(tier.ms / 1000).toFixed(1)} s`,
    );
  }
  lines.push(
    `parts: ${manifest.parts.length} in the model, 0 lost, ${manifest.registered.length} registered ` +
      `(${manifest.registered.map((part) => part.label).join(', ') || 'none'})`,
  );
  const excluded = describeExcluded(manifest.excluded);
  if (excluded) lines.push(excluded);
  lines.push(`wrote ${outDir} in ${(result.ms / 1000).toFixed(1)} s`);
  return lines;
}

process.exitCode = await main(process.argv.slice(2));
