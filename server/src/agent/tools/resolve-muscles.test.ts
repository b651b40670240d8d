import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { resolveMuscles, suggestMuscles, unknownMessage } from './resolve-muscles.js';

const index = indexCatalog(loadCatalog());
const ids = (muscles: { id: string }[]) => muscles.map((m) => m.id);

describe('resolveMuscles', () => {
  it('should accept ids, exact names and group ids, each muscle once', () => {
    const result = resolveMuscles(index, [
      'biceps-brachii',
      'Triceps brachii',
      'rotator-cuff',
      'supraspinatus',
    ]);
    expect(ids(result.drawable)).toEqual([
      'biceps-brachii',
      'triceps-brachii',
      'supraspinatus',
      'infraspinatus',
      'teres-minor',
      'subscapularis',
    ]);
    expect(ids(result.groups)).toEqual(['rotator-cuff']);
    expect(result.unknown).toEqual([]);
  });

  it('should set apart muscles without a mesh', () => {
    const result = resolveMuscles(index, ['abdominal-wall']);
    expect(ids(result.drawable)).toEqual(['external-oblique']);
    expect(ids(result.missingMesh)).toEqual([
      'rectus-abdominis',
      'internal-oblique',
      'transversus-abdominis',
    ]);
  });

  it('should report unknown ids with close matches', () => {
    const { unknown } = resolveMuscles(index, ['bicep-brachii', 'deltoidd', 'zzz-qqq']);
    expect(unknown.map((u) => [u.input, ids(u.suggestions)[0]])).toEqual([
      ['bicep-brachii', 'biceps-brachii'],
      ['deltoidd', 'deltoid'],
      ['zzz-qqq', undefined],
    ]);
    const message = unknownMessage(unknown);
    expect(message).toContain(
      '"bicep-brachii" is not a catalog muscle id. Close matches: biceps-brachii (Biceps brachii)',
    );
    expect(message).toContain(
      '"zzz-qqq" is not a catalog muscle id and nothing in the catalog is close',
    );
    expect(message).toContain('Nothing was changed in the viewer.');
  });
});

describe('suggestMuscles', () => {
  it('should find muscles by shared words and near spellings', () => {
    expect(ids(suggestMuscles(index, 'gluteus maximum'))[0]).toBe('gluteus-maximus');
    expect(ids(suggestMuscles(index, 'vastus-lateral'))).toContain('vastus-lateralis');
    expect(suggestMuscles(index, '')).toEqual([]);
  });
});
