import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { findPart, partsOf } from './muscle-parts.js';
import { tokenize } from './tokenize.js';

const index = indexCatalog(loadCatalog());

describe('muscle parts', () => {
  it('should add the parts the model draws on their own that no text names', () => {
    expect(partsOf(index.muscle('flexor-hallucis-brevis')).map((p) => p.name)).toEqual([
      'medial head',
      'lateral head',
    ]);
    // A lay name already covers the deltoid's meshes: no second "clavicular part".
    expect(partsOf(index.muscle('deltoid'))).toHaveLength(3);
  });

  it('should read heads from the catalog origins and lay names from data', () => {
    expect(partsOf(index.muscle('triceps-brachii')).map((p) => p.name)).toEqual([
      'long head',
      'lateral head',
      'medial head',
    ]);
    expect(partsOf(index.muscle('deltoid')).map((p) => p.key)).toEqual([
      'clavicular',
      'acromial',
      'spinal',
    ]);
  });

  it('should find a part next to the name, not a view after it', () => {
    const deltoid = index.muscle('deltoid');
    const front = tokenize('the front of the deltoid');
    expect(findPart(deltoid, front, { start: 4, end: 5 })?.key).toBe('clavicular');
    const view = tokenize('show the deltoid from the front');
    expect(findPart(deltoid, view, { start: 2, end: 3 })).toBeNull();
  });

  it('should find a part of a muscle referred to, when a head or part is named', () => {
    const tokens = tokenize('just its long head');
    expect(findPart(index.muscle('biceps-brachii'), tokens, null)?.name).toBe('long head');
    expect(findPart(index.muscle('deltoid'), tokenize('show it from the front'), null)).toBeNull();
  });
});
