import type { Muscle } from '#shared/anatomy/catalog-schema';
import { actionPhrase } from '../../language/describe-action.js';
import { findNerve, musclesSuppliedBy } from '../../language/nerve-supply.js';
import { findReferents, musclesOfMentions } from '../../language/referents.js';
import { bestViewFor } from './best-view.js';
import { capitalize, inSentence, joinList } from './compose.js';
import { partnerMuscles, primePairs } from './partner-muscles.js';
import type { GuideIntent, PlanContext } from './plan-context.js';

/** Words for a muscle that does not work: weak, paralysed, its nerve damaged. */
const LOSS = new Set([
  'weak',
  'weaker',
  'weakness',
  'weakened',
  'paralysed',
  'paralyzed',
  'paralysis',
  'palsy',
  'damaged',
  'damage',
  'injured',
  'injury',
  'cut',
  'severed',
  'lesion',
  'torn',
  'ruptured',
  'stops',
  'fails',
  'fail',
]);
/** "What happens if…", "what if…", "when … is damaged, what…". */
const ASKS = new Set(['happens', 'happen', 'if', 'effect', 'effects', 'result', 'consequence']);
/** The summary's sentence about what a loss of it looks like. */
const CLINICAL = /weak|paraly|palsy|drop|winged|injur|lesion|damage|gait/i;

/** The muscles the question is about: named now, else those of a named nerve, else those on screen or just talked about. */
function subjectsOf({ index, request, input }: PlanContext): Muscle[] {
  const named = musclesOfMentions(index, request.mentions);
  if (named.length > 0) return named;
  // "What happens if the axillary nerve is damaged": the muscles it supplies.
  const nerve = findNerve(request.tokens);
  const supplied = nerve === null ? [] : musclesSuppliedBy(index.catalog, nerve.name);
  if (supplied.length > 0) return supplied;
  return findReferents(index, input.scene, input.history)?.muscles ?? [];
}

const asksLoss = (tokens: readonly string[]) =>
  tokens.some((t) => LOSS.has(t)) && tokens.some((t) => ASKS.has(t));

/**
 * "What happens if the serratus anterior is paralysed?", "what if its nerve is damaged?": what the
 * catalog says the muscle does (which then weakens), the other prime movers that still do it, and
 * the catalog's own note on such a loss. Anatomy, not a diagnosis, and said so.
 */
export const weaknessIntent: GuideIntent = {
  name: 'weakness',
  matches: (context) => asksLoss(context.request.tokens) && subjectsOf(context).length > 0,
  answer(context) {
    const { index, plan, request } = context;
    const muscles = subjectsOf(context).slice(0, 4);
    const one = muscles.length === 1;
    const label = `the ${joinList(muscles.map((m) => inSentence(m.name)))}`;
    const moves = primePairs(muscles).slice(0, 3);
    const nerve = request.tokens.includes('nerve') || request.tokens.includes('nerves');
    plan.say(
      `If ${label} ${one ? 'is' : 'are'} weak or paralysed${nerve ? ' (or ' + (one ? 'its' : 'their') + ' nerve is damaged)' : ''}, what ${one ? 'it does' : 'they do'} weakens: ${one ? 'it' : 'they'} ${joinList(moves.map((a) => actionPhrase(a, one ? 'third' : 'base')))}.`,
    );
    const helpers = partnerMuscles(index.catalog, muscles, 'synergists').slice(0, 6);
    if (helpers.length > 0)
      plan.say(
        `The ${joinList(helpers.map((m) => inSentence(m.name)))} share${helpers.length === 1 ? 's' : ''} some of that work, so those movements weaken rather than vanish.`,
      );
    for (const muscle of muscles) {
      const note = muscle.summary.split(/(?<=\.)\s+/).find((s) => CLINICAL.test(s));
      if (note !== undefined)
        plan.paragraph(`The catalog adds about the ${inSentence(muscle.name)}: ${note}`);
    }
    if (nerve)
      plan.paragraph(
        muscles
          .map(
            (m) =>
              `${capitalize(inSentence(m.name))}: ${m.innervation}${m.roots ? ` (${m.roots})` : ''}.`,
          )
          .join(' '),
      );
    plan.paragraph(
      'This is anatomy, not a diagnosis: a doctor or a physiotherapist can assess real weakness.',
    );
    const drawable = muscles.filter((m) => m.hasMesh);
    if (drawable.length === 0) return;
    const side = request.side ?? 'both';
    const ids = drawable.map((m) => m.id);
    plan.act(
      { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
      {
        toolName: 'setCameraView',
        input: { view: bestViewFor(drawable, side), muscleIds: ids, side },
      },
    );
  },
};
