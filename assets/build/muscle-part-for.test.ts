import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { musclePartFor } from './muscle-part-for.js';
import { resolveAssetDirs } from './resolve-asset-dirs.js';

const { sourceDir } = resolveAssetDirs();
const listFile = path.join(sourceDir, 'parts.json');

describe('musclePartFor', () => {
  it('should give muscle meshes their part and other meshes none', () => {
    expect(musclePartFor('Descending part of left trapezius', { kind: 'muscle' })).toBe(
      'descending',
    );
    expect(musclePartFor('Lateral head of right triceps brachii', { kind: 'muscle' })).toBe(
      'lateral-head',
    );
    expect(musclePartFor('Left soleus', { kind: 'muscle' })).toBeNull();
    expect(musclePartFor('Descending part of left trapezius', { kind: 'other' })).toBeNull();
  });

  it.runIf(existsSync(listFile))(
    'should agree with the part names the catalog records for every listed mesh',
    () => {
      const labels = new Map(
        (JSON.parse(readFileSync(listFile, 'utf8')) as { fma: string; label: string }[]).map(
          (p) => [p.fma, p.label],
        ),
      );
      let named = 0;
      for (const muscle of loadCatalog().muscles) {
        for (const fma of [...muscle.parts.left, ...muscle.parts.right, ...muscle.parts.midline]) {
          const label = labels.get(fma);
          if (label === undefined) continue;
          const part = musclePartFor(label, { kind: 'muscle' });
          expect(muscle.partNames?.[fma] ?? null, `${muscle.id} FMA ${fma}`).toBe(part);
          if (part !== null) named += 1;
        }
      }
      // Trapezius, deltoid and pectoralis major alone have 18 part meshes.
      expect(named).toBeGreaterThanOrEqual(18);
    },
  );
});
