import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { partnersText } from './partner-muscles.js';

const index = indexCatalog(loadCatalog());
const biceps = [index.muscle('biceps-brachii')];

describe('partnersText', () => {
  it('should name the prime movers of the opposite movements as antagonists', () => {
    const text = partnersText(index.catalog, biceps, 'the biceps brachii', 'antagonists');
    expect(text).toContain('the triceps brachii extends the elbow');
    expect(text).toMatch(/pronator teres and pronator quadratus pronate/);
    expect(text).not.toContain('brachialis');
  });

  it('should name the other prime movers of the same movements as synergists', () => {
    const text = partnersText(index.catalog, biceps, 'the biceps brachii', 'synergists');
    expect(text).toMatch(/to flex the elbow, the brachialis and brachioradialis/);
    expect(text).not.toContain('triceps');
  });

  it('should keep to the movements asked about', () => {
    const text = partnersText(
      index.catalog,
      [index.muscle('gluteus-maximus')],
      'the gluteus maximus',
      'synergists',
      [{ joint: 'hip', movement: 'extension' }],
    );
    expect(text).toMatch(
      /to extend the hip, the biceps femoris, semitendinosus and semimembranosus/,
    );
    expect(text).not.toMatch(/rotate/);
  });
});
