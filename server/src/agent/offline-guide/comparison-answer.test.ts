import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { tokenize } from '../../language/tokenize.js';
import { comparisonText } from './comparison-answer.js';

const index = indexCatalog(loadCatalog());
const compare = (message: string, ...ids: string[]) =>
  comparisonText(
    tokenize(message),
    ids.map((id) => index.muscle(id)),
  );

describe('comparisonText', () => {
  it('should read a larger and a smaller one of a kind from their names', () => {
    expect(compare('which is bigger', 'teres-major', 'teres-minor')).toMatch(
      /^By name, the teres major is the larger: “major” means larger and “minor” means smaller\./,
    );
    expect(compare('which is longer', 'adductor-brevis', 'adductor-longus')).toMatch(
      /^By name, the adductor longus is the longer/,
    );
  });

  it('should quote the descriptions that speak to it, and no name of another kind', () => {
    const text = compare('which is bigger', 'vastus-lateralis', 'vastus-medialis');
    expect(text).toMatch(/“the largest quadriceps muscle/);
    expect(text).not.toMatch(/By name/);
  });

  it('should say plainly when the catalog does not say', () => {
    expect(compare('which is stronger', 'soleus', 'gastrocnemius')).toMatch(
      /doesn't record the size or strength/,
    );
  });

  it('should leave other questions and single muscles alone', () => {
    expect(compare('which is deeper', 'soleus', 'gastrocnemius')).toBeNull();
    expect(compare('which is bigger', 'soleus')).toBeNull();
  });
});
