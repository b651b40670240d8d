import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import { loadCatalog } from '#shared/anatomy/load-catalog';

/** One entry of BodyParts3D's `parts.json`. */
export const DataPart = z.object({
  label: z.string(),
  group: z.string(),
  fma: z.string(),
  fj: z.string(),
  filename: z.string(),
});
export type DataPart = z.infer<typeof DataPart>;

/** What an unused part looks like, judged from its label (the data's `group` is unreliable). */
export type PartKind = 'muscle' | 'bone' | 'tendon' | 'ligament' | 'membrane' | 'other';

export interface UnusedPartsReport {
  total: number;
  used: number;
  /** Unused parts by kind, kinds in a fixed order, only kinds that occur. */
  unused: { kind: PartKind; parts: DataPart[] }[];
  /** FMA ids the catalog references that the data does not list. */
  unknownFmaIds: string[];
}

const KIND_ORDER: readonly PartKind[] = [
  'muscle',
  'bone',
  'tendon',
  'ligament',
  'membrane',
  'other',
];

const KIND_RULES: readonly (readonly [PartKind, RegExp])[] = [
  ['tendon', /\btendon\b/i],
  ['ligament', /\b(ligament|retinaculum)\b/i],
  ['membrane', /\b(membrane|fascia|aponeurosis|linea alba)\b/i],
  ['muscle', /\bmuscles?\b|\b(head|part) of\b/i],
  ['bone', /\b(bone|vertebra|rib|phalanx|cartilage|disk|disc)\b/i],
];

/** Guesses the kind of a BodyParts3D part from its label. */
export function classifyPart(label: string): PartKind {
  return KIND_RULES.find(([, pattern]) => pattern.test(label))?.[0] ?? 'other';
}

/** The data parts that no catalog muscle or bone uses, grouped by kind. */
export function findUnusedParts(catalog: Catalog, parts: readonly DataPart[]): UnusedPartsReport {
  const usedFma = new Set<string>();
  for (const { parts: p } of [...catalog.muscles, ...catalog.bones]) {
    for (const fma of [...p.left, ...p.right, ...p.midline]) usedFma.add(fma);
  }
  const known = new Set(parts.map((p) => p.fma));
  const byKind = new Map<PartKind, DataPart[]>();
  for (const part of parts) {
    if (usedFma.has(part.fma)) continue;
    const kind = classifyPart(part.label);
    byKind.set(kind, [...(byKind.get(kind) ?? []), part]);
  }
  return {
    total: parts.length,
    used: parts.filter((p) => usedFma.has(p.fma)).length,
    unused: KIND_ORDER.flatMap((kind) => {
      const list = byKind.get(kind);
      return list === undefined
        ? []
        : [{ kind, parts: [...list].sort((a, b) => a.label.localeCompare(b.label)) }];
    }),
    unknownFmaIds: [...usedFma].filter((fma) => !known.has(fma)).sort(),
  };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The BodyParts3D folder: the CLI argument, else `ANATOMY_SOURCE_DIR`, else beside the repo. */
export function resolveDataDir(arg?: string): string {
  return resolve(
    arg ?? process.env.ANATOMY_SOURCE_DIR ?? join(repoRoot, '../shared/anatomy/bodyparts3d'),
  );
}

function main(): void {
  const dataDir = resolveDataDir(process.argv[2]);
  const partsFile = join(dataDir, 'parts.json');
  if (!existsSync(partsFile)) {
    console.error(
      `No parts.json in ${dataDir}: pass the BodyParts3D folder or set ANATOMY_SOURCE_DIR.`,
    );
    process.exit(1);
  }
  const parts = z.array(DataPart).parse(JSON.parse(readFileSync(partsFile, 'utf8')));
  const report = findUnusedParts(loadCatalog(), parts);
  const unusedCount = report.unused.reduce((n, g) => n + g.parts.length, 0);

  console.log(`${dataDir}`);
  console.log(`${report.total} parts: ${report.used} used by the catalog, ${unusedCount} unused`);
  for (const { kind, parts: list } of report.unused) {
    console.log(`\n${kind} (${list.length})`);
    for (const part of list) {
      const absent = existsSync(join(dataDir, part.filename)) ? '' : '  [file absent]';
      console.log(`  FMA${part.fma.padEnd(8)} ${part.label}${absent}`);
    }
  }
  if (report.unknownFmaIds.length > 0) {
    console.log(`\nCatalog FMA ids not in parts.json: ${report.unknownFmaIds.join(', ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
