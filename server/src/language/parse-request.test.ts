import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { parseRequest } from './parse-request.js';

const { lexicon, knownActions } = indexCatalog(loadCatalog());
const parse = (text: string) => parseRequest(text, lexicon, knownActions);

describe('parseRequest', () => {
  it('should write out the short gluteal endings after "gluteus"', () => {
    expect(parse('origin and insertion of gluteus max').mentions.map((m) => m.ids[0])).toEqual([
      'gluteus-maximus',
    ]);
    expect(parse('show gluteus med').mentions.map((m) => m.ids[0])).toEqual(['gluteus-medius']);
    expect(parse('what nerve does gluteus min have').mentions.map((m) => m.ids[0])).toEqual([
      'gluteus-minimus',
    ]);
  });

  it('should give each name the side written next to it', () => {
    const request = parse('my left bicep and the triceps on the right');
    expect(request.mentions.map((m) => [m.ids[0], m.side])).toEqual([
      ['biceps-brachii', 'left'],
      ['triceps-brachii', 'right'],
    ]);
    expect(request.side).toBeNull();
  });

  it('should keep direction words of names out of the view ("tibialis posterior", "rear delt")', () => {
    expect(parse('show the tibialis posterior').view.view).toBeNull();
    const request = parse('rear delt from the left');
    expect(request.mentions.map((m) => m.ids[0])).toEqual(['deltoid']);
    expect(request.view.view).toBe('left');
    expect(request.side).toBeNull();
  });

  it('should not read camera or idiom words as regions', () => {
    expect(parse('show the biceps from the back').mentions.map((m) => m.kind)).toEqual(['muscle']);
    expect(parse('bring back the deltoid').mentions.map((m) => m.ids[0])).toEqual(['deltoid']);
  });

  it('should read a one-word muscle as the muscle, not the movement', () => {
    const request = parse('what is the supinator for');
    expect(request.mentions.map((m) => m.ids[0])).toEqual(['supinator']);
    expect(request.action.pairs).toEqual([]);
  });

  it('should read regions asked for as muscles', () => {
    expect(parse('show me the forearm muscles').mentions[0]).toMatchObject({
      kind: 'region',
      asMuscles: true,
    });
    expect(parse('zoom on the forearm').mentions[0]).toMatchObject({
      kind: 'region',
      asMuscles: false,
    });
  });

  it('should collect words that look like unknown names', () => {
    expect(parse('show me the flurbus muscle').unknownWords).toEqual(['flurbus']);
    expect(parse('show me the deltoid').unknownWords).toEqual([]);
  });

  it('should be quick on a long message', () => {
    const started = performance.now();
    parse('show me the rotator cuff and the hamstrings from behind please '.repeat(60));
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
