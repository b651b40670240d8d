import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { SceneState } from '#shared/protocol/scene-state';
import { indexCatalog } from './catalog-index.js';
import { findReferents, musclesNamedIn } from './referents.js';

const index = indexCatalog(loadCatalog());
const ids = (r: ReturnType<typeof findReferents>) => r?.muscles.map((m) => m.id);

describe('findReferents', () => {
  it('should prefer the current selection, with its side', () => {
    const scene = SceneState.parse({ selection: [{ muscleId: 'deltoid', side: 'left' }] });
    const result = findReferents(index, scene, [{ role: 'user', text: 'show me the biceps' }]);
    expect(result).toMatchObject({ side: 'left', source: 'selection' });
    expect(ids(result)).toEqual(['deltoid']);
  });

  it('should fall back to the latest turn that named muscles, groups expanded', () => {
    const result = findReferents(index, null, [
      { role: 'user', text: 'show me the hamstrings' },
      { role: 'assistant', text: 'Here are the hamstrings.\n\nThe biceps femoris is lateral.' },
      { role: 'user', text: 'thanks' },
    ]);
    expect(result?.source).toBe('history');
    expect(ids(result)).toEqual(['biceps-femoris', 'semitendinosus', 'semimembranosus']);
  });

  it('should find nothing without a selection or a named muscle', () => {
    expect(
      findReferents(index, SceneState.parse({}), [{ role: 'user', text: 'hello' }]),
    ).toBeNull();
  });
});

describe('musclesNamedIn', () => {
  it('should list muscles once, in order of mention', () => {
    expect(
      musclesNamedIn(index, 'the biceps, the rotator cuff and the biceps again').map((m) => m.id),
    ).toEqual(['biceps-brachii', 'supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis']);
  });
});
