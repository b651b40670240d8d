import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { parseRequest } from '../../language/parse-request.js';
import { differenceFollowUp } from './difference-follow-up.js';

const index = indexCatalog(loadCatalog());
const scene = {
  selection: [{ muscleId: 'brachialis', side: 'both' as const }],
  view: null,
  layers: { muscles: true, bones: true, other: true },
  isolated: [],
  xray: false,
};
const rewrite = (message: string) =>
  differenceFollowUp(
    index,
    { message, scene, history: [] },
    parseRequest(message, index.lexicon, index.knownActions),
  );

describe('differenceFollowUp', () => {
  it('should ask about the muscle in view and the one named together', () => {
    expect(rewrite('how is it different from the biceps')).toBe(
      'what is the difference between the brachialis and the biceps brachii',
    );
    expect(rewrite('compare it with the triceps')).toContain('the brachialis and the triceps');
  });

  it('should leave other turns alone', () => {
    expect(rewrite('what does it do')).toBeNull();
    expect(rewrite('show the biceps')).toBeNull();
  });
});
