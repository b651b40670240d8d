import type { GuideIntent } from './plan-context.js';

/** Words that make "how many muscles" about the whole body, not a named part of it. */
const WHOLE_BODY = new Set(['body', 'human', 'total', 'altogether', 'model', 'catalog', 'there']);

/**
 * "How many muscles are in the human body?": the catalog's own count, and how many of them the
 * 3D model draws. Totals for the whole body differ with how muscles are counted, so the guide
 * gives the catalog's, never a number of its own.
 */
export const catalogCountIntent: GuideIntent = {
  name: 'catalogCount',
  matches: ({ request }) =>
    request.intent.count &&
    request.mentions.length === 0 &&
    request.landmarks.length === 0 &&
    request.action.pairs.length === 0 &&
    request.tokens.some((t) => t === 'muscle' || t === 'muscles') &&
    request.tokens.some((t) => WHOLE_BODY.has(t)),
  answer({ index, plan }) {
    const muscles = [...index.muscles.values()];
    const drawn = muscles.filter((m) => m.hasMesh).length;
    plan.say(
      `This model's catalog lists ${muscles.length} muscles in ${index.catalog.regions.length} regions; ${drawn} of them are drawn in the 3D model. Counts for the whole human body differ with how muscles are counted (a muscle's heads and parts, the small muscles of the hands and feet), so I give the catalog's. Ask me for a region ("how many muscles are in the forearm?") or a group.`,
    );
  },
};
