import type { Muscle } from '#shared/anatomy/catalog-schema';
import { findReferents } from '../../language/referents.js';
import { recordedNeighbours } from './placement-intent.js';
import { siblingsOf } from './neighbour-follow-up.js';
import { inSentence } from './compose.js';
import type { GuideIntent, PlanContext } from './plan-context.js';

/** What may follow "other" when another muscle is meant: "the other one", "the other muscle". */
const ONE_WORDS = new Set(['one', 'ones', 'muscle', 'muscles']);
/** "Which other muscles are there?": around the muscle, not one other muscle. */
const QUESTION_WORDS = new Set(['which', 'what', 'any', 'some']);

/** What "other" asks after one muscle, when nothing names which other. */
type OtherAsked = { subject: Muscle; around: boolean };

const readOther = ({ index, input, request }: PlanContext): OtherAsked | null => {
  const { tokens } = request;
  const at = tokens.findIndex((t) => t === 'other' || t === 'others');
  if (at === -1 || request.mentions.length > 0 || request.action.pairs.length > 0) return null;
  const around = QUESTION_WORDS.has(tokens[at - 1] ?? '');
  const next = tokens[at + 1];
  if (next !== undefined && !ONE_WORDS.has(next)) return null;
  const referents = findReferents(index, input.scene, input.history);
  if (referents === null || referents.side !== 'both' || referents.muscles.length !== 1)
    return null;
  const subject = referents.muscles[0];
  if (subject === undefined) return null;
  // A muscle with a namesake was written out already, unless other words kept it from that.
  if (!around && siblingsOf(index, subject).length > 0) return null;
  return { subject, around };
};

/**
 * "And the other one" after a muscle with no namesake (the soleus): which other is not for the
 * guide to guess, so it says so and offers the neighbours the catalog records; "which other
 * muscles are there?" gets those neighbours. A muscle with a namesake (the teres major) is
 * written out before planning, by `neighbourFollowUp`.
 */
export const otherOneIntent: GuideIntent = {
  name: 'other one',
  matches: (context) => readOther(context) !== null,
  answer(context) {
    const asked = readOther(context);
    if (asked === null) return;
    const name = `the ${inSentence(asked.subject.name)}`;
    context.plan.say(
      asked.around
        ? `Around ${name}, here is what the catalog records.`
        : `Which other one do you mean? No other muscle in the catalog is named like ${name}.`,
    );
    context.plan.paragraph(recordedNeighbours(context.index, asked.subject));
  },
};
