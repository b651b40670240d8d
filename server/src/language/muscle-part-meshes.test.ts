import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { meshedPartsOf, partMeshOf, resolvePartWords } from './muscle-part-meshes.js';
import { partsOf } from './muscle-parts.js';

const index = indexCatalog(loadCatalog());

describe('meshedPartsOf', () => {
  it('should list the parts the model draws on their own', () => {
    expect(meshedPartsOf(index.muscle('trapezius')).sort()).toEqual([
      'ascending',
      'descending',
      'transverse',
    ]);
    expect(meshedPartsOf(index.muscle('triceps-brachii')).sort()).toEqual([
      'lateral-head',
      'long-head',
      'medial-head',
    ]);
    expect(meshedPartsOf(index.muscle('sternocleidomastoid'))).toEqual([]);
  });
});

describe('partMeshOf', () => {
  it('should give every named part of a muscle drawn in parts its own part id', () => {
    for (const id of [
      'trapezius',
      'deltoid',
      'biceps-brachii',
      'triceps-brachii',
      'gastrocnemius',
    ]) {
      const muscle = index.muscle(id);
      for (const part of partsOf(muscle)) {
        if (id === 'deltoid' || id === 'trapezius' || /head/.test(part.name))
          expect(partMeshOf(muscle, part).partId, `${id} ${part.name}`).toMatch(`${id}/`);
      }
    }
  });

  it('should give no part id to a part the model draws with its muscle', () => {
    const scm = index.muscle('sternocleidomastoid');
    const sternal = partsOf(scm).find((p) => p.key === 'sternal');
    expect(sternal).toBeDefined();
    if (sternal) expect(partMeshOf(scm, sternal)).toEqual({ slug: 'sternal-head', partId: null });
  });
});

describe('resolvePartWords', () => {
  it('should read slugs, catalog words and lay words', () => {
    const deltoid = index.muscle('deltoid');
    expect(resolvePartWords(deltoid, 'clavicular')?.key).toBe('clavicular');
    expect(resolvePartWords(deltoid, 'front')?.key).toBe('clavicular');
    expect(resolvePartWords(deltoid, 'rear')?.key).toBe('spinal');
    const biceps = index.muscle('biceps-brachii');
    expect(resolvePartWords(biceps, 'long-head')?.name).toBe('long head');
    expect(resolvePartWords(biceps, 'short head')?.name).toBe('short head');
    expect(resolvePartWords(biceps, 'elbow')).toBeNull();
  });
});
