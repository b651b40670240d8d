import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { parseRequest } from '../../language/parse-request.js';
import { withoutNegatedParts } from './read-correction.js';

const index = indexCatalog(loadCatalog());
const read = (message: string) =>
  withoutNegatedParts(parseRequest(message, index.lexicon, index.knownActions), message);
const named = (message: string) =>
  read(message)
    .mentions.map((m) => m.ids)
    .flat();

describe('withoutNegatedParts', () => {
  it('should keep what is meant and drop what is negated', () => {
    expect(named("don't show the biceps, show the triceps")).toEqual(['triceps-brachii']);
    expect(named('not the quads, the hamstrings')).toEqual(['hamstrings']);
    expect(named('show the biceps not the triceps')).toEqual(['biceps-brachii']);
  });

  it('should not read the "no" of a correction as a request to hide', () => {
    expect(read('no not that one, the right one').intent.hide).toBe(false);
    expect(read('no not that one, the right one').side).toBe('right');
  });

  it('should leave a plain negative request as it is', () => {
    expect(read("don't show the bones").intent.layers).toEqual([
      { layer: 'bones', visible: false },
    ]);
    expect(read('dont show the biceps').intent.hide).toBe(true);
    expect(named('show the biceps')).toEqual(['biceps-brachii']);
  });

  it('should hide what "everything except" leaves out', () => {
    const request = read('show everything except the biceps');
    expect(request.intent.showAll).toBe(true);
    expect(request.intent.hide).toBe(true);
  });
});
