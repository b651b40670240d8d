import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { DataPart, classifyPart, findUnusedParts, resolveDataDir } from './report-unused-parts.js';

function part(fma: string, label: string): DataPart {
  return { fma, label, group: 'other', fj: `FJ${fma}`, filename: `other/${label}.glb` };
}

const tinyCatalog: Catalog = {
  version: 'test',
  muscles: [
    {
      id: 'soleus',
      name: 'Soleus',
      synonyms: [],
      nicknames: [],
      region: 'leg',
      groups: [],
      layer: 'intermediate',
      origin: 'fibula and tibia',
      insertion: 'calcaneus',
      innervation: 'Tibial nerve',
      actions: [{ joint: 'ankle', movement: 'plantarflexion', role: 'prime' }],
      summary: 'A calf muscle.',
      parts: { left: ['1'], right: ['2'], midline: [] },
      hasMesh: true,
    },
  ],
  bones: [
    {
      id: 'sternum',
      name: 'Sternum',
      synonyms: [],
      region: 'chest',
      parts: { left: [], right: [], midline: ['3'] },
    },
  ],
  groups: [],
  regions: [],
};

describe('findUnusedParts', () => {
  it('should list the parts no structure uses, grouped by kind, and count them', () => {
    const parts = [
      part('1', 'Left soleus'),
      part('2', 'Right soleus'),
      part('3', 'Body of sternum'),
      part('4', 'Left calcaneal tendon'),
      part('5', 'Linea alba'),
      part('6', 'Right inguinal ligament'),
      part('7', 'Internal intercostal muscle'),
      part('8', 'Left inguinal ligament'),
    ];
    const report = findUnusedParts(tinyCatalog, parts);
    expect(report.total).toBe(8);
    expect(report.used).toBe(3);
    expect(report.unused.map((g) => [g.kind, g.parts.map((p) => p.fma)])).toEqual([
      ['muscle', ['7']],
      ['tendon', ['4']],
      ['ligament', ['8', '6']],
      ['membrane', ['5']],
    ]);
    expect(report.unknownFmaIds).toEqual([]);
  });

  it('should report catalog FMA ids that the data does not list', () => {
    const report = findUnusedParts(tinyCatalog, [part('1', 'Left soleus')]);
    expect(report.unknownFmaIds).toEqual(['2', '3']);
  });

  it('should leave only non-muscle, non-bone parts or absent files unused in the real data', (ctx) => {
    const dataDir = resolveDataDir();
    const partsFile = join(dataDir, 'parts.json');
    ctx.skip(
      !existsSync(partsFile),
      `BodyParts3D data not found at ${dataDir}; set ANATOMY_SOURCE_DIR`,
    );
    const parts = DataPart.array().parse(JSON.parse(readFileSync(partsFile, 'utf8')));
    const report = findUnusedParts(loadCatalog(), parts);
    expect(report.unknownFmaIds).toEqual([]);
    for (const { kind, parts: list } of report.unused) {
      for (const p of list) {
        const fileAbsent = !existsSync(join(dataDir, p.filename));
        expect(['tendon', 'ligament', 'membrane'].includes(kind) || fileAbsent, p.label).toBe(true);
      }
    }
  });
});

describe('classifyPart', () => {
  it('should classify a part by its label', () => {
    expect(classifyPart('Flexor retinaculum of left wrist')).toBe('ligament');
    expect(classifyPart('Interosseous membrane of left leg')).toBe('membrane');
    expect(classifyPart('Left calcaneal tendon')).toBe('tendon');
    expect(classifyPart('Long head of left biceps brachii')).toBe('muscle');
    expect(classifyPart('Left seventh rib')).toBe('bone');
  });
});
