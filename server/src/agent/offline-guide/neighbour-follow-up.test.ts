import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { parseRequest } from '../../language/parse-request.js';
import { neighbourFollowUp, siblingsOf } from './neighbour-follow-up.js';

const index = indexCatalog(loadCatalog());

/** The rewrite of `message` said after "show the <shown>", nothing selected. */
const after = (shown: string, message: string) =>
  neighbourFollowUp(
    index,
    { message, scene: null, history: [{ role: 'user', text: `show the ${shown}` }] },
    parseRequest(message, index.lexicon, index.knownActions),
  );

describe('neighbourFollowUp', () => {
  it('should find the muscles whose names differ in one word, in the same region', () => {
    expect(siblingsOf(index, index.muscle('teres-major')).map((m) => m.id)).toEqual([
      'teres-minor',
    ]);
    expect(
      siblingsOf(index, index.muscle('gluteus-maximus'))
        .map((m) => m.id)
        .sort(),
    ).toEqual(['gluteus-medius', 'gluteus-minimus']);
  });

  it('should write out the other one and a sibling placed by a word', () => {
    expect(after('teres major', 'and the other one')).toBe('and the teres minor');
    expect(after('teres major', 'what about the other teres')).toBe('what about the teres minor');
    expect(after('vastus lateralis', 'and the medial one')).toBe('and the vastus medialis');
    expect(after('rhomboid minor', 'the bigger one')).toBe('the rhomboid major');
    expect(after('vastus medialis', 'what about the one on the outside')).toBe(
      'what about the vastus lateralis',
    );
  });

  it('should write out a part placed by a word said alone', () => {
    expect(after('upper trapezius', 'and lower')).toBe('and the lower part of the trapezius');
  });

  it('should leave other requests alone', () => {
    expect(after('teres major', 'what does it do')).toBeNull();
    expect(after('teres major', 'show the other side')).toBeNull();
    expect(after('triceps', 'show me the medial one')).toBeNull();
  });
});
