import { findReferents } from '../../language/referents.js';
import { recordedNeighbours } from './placement-intent.js';
import { siblingsOf } from './neighbour-follow-up.js';
import { inSentence } from './compose.js';
import type { GuideIntent, PlanContext } from './plan-context.js';

/** What may follow "other" when another muscle is meant: "the other one", "the other muscle". */
const ONE_WORDS = new Set(['one', 'ones', 'muscle', 'muscles']);

/** The one muscle "the other one" is asked after, when nothing names which other. */
const subjectOf = ({ index, input, request }: PlanContext) => {
  const { tokens } = request;
  const at = tokens.indexOf('other');
  if (at === -1 || request.mentions.length > 0 || request.action.pairs.length > 0) return null;
  const next = tokens[at + 1];
  if (next !== undefined && !ONE_WORDS.has(next)) return null;
  const referents = findReferents(index, input.scene, input.history);
  if (referents === null || referents.side !== 'both' || referents.muscles.length !== 1)
    return null;
  const subject = referents.muscles[0] ?? null;
  // A muscle with a namesake was written out already, unless other words kept it from that.
  return subject !== null && siblingsOf(index, subject).length === 0 ? subject : null;
};

/**
 * "And the other one" after a muscle with no namesake (the soleus): which other is not for the
 * guide to guess, so it says so and offers the neighbours the catalog records. A muscle with a
 * namesake (the teres major) is written out before planning, by `neighbourFollowUp`.
 */
export const otherOneIntent: GuideIntent = {
  name: 'other one',
  matches: (context) => subjectOf(context) !== null,
  answer(context) {
    const subject = subjectOf(context);
    if (subject === null) return;
    context.plan.say(
      `Which other one do you mean? No other muscle in the catalog is named like the ${inSentence(subject.name)}.`,
    );
    context.plan.paragraph(recordedNeighbours(context.index, subject));
  },
};
