import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { buildPlacements, musclesPlaced } from './placed-beside.js';

const catalog = loadCatalog();
const placements = buildPlacements(catalog, indexCatalog(catalog).lexicon);

describe('placed beside', () => {
  it('should read the placements the summaries write, both ways', () => {
    // "A small rotator cuff muscle just below infraspinatus".
    expect(musclesPlaced(placements, 'infraspinatus', 'below')).toEqual(['teres-minor']);
    expect(musclesPlaced(placements, 'teres-minor', 'above')).toEqual(['infraspinatus']);
    expect(musclesPlaced(placements, 'rhomboid-major', 'above')).toEqual(['rhomboid-minor']);
  });

  it('should count a muscle just above or below as next to it', () => {
    expect(musclesPlaced(placements, 'teres-minor', 'beside')).toEqual(['infraspinatus']);
  });

  it('should place nothing the summaries do not', () => {
    expect(musclesPlaced(placements, 'teres-major', 'below')).toEqual([]);
  });
});
