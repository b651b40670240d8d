import type { Muscle } from '#shared/anatomy/catalog-schema';
import { findNerve, musclesSuppliedBy } from '../../language/nerve-supply.js';
import { findReferents, musclesOfMentions } from '../../language/referents.js';
import { capitalize, inSentence, joinList } from './compose.js';
import type { GuideIntent, PlanContext } from './plan-context.js';
import { showMuscles } from './show-muscle.js';

/** Words that ask among the muscles on screen: "which of them does the radial nerve supply". */
const AMONG = new Set(['them', 'these', 'those', 'they']);

/** The nerve named and the muscles it supplies, or null when no nerve of the catalog is named. */
const nerveOf = ({ index, request }: PlanContext) => {
  const nerve = findNerve(request.tokens);
  if (nerve === null) return null;
  const supplied = musclesSuppliedBy(index.catalog, nerve.name);
  return supplied.length === 0 ? null : { ...nerve, supplied };
};

/** The muscles the question narrows to: named outside the nerve's name, or those on screen. */
const amongOf = (context: PlanContext, nerve: { start: number; end: number }): Muscle[] => {
  const { index, request, input } = context;
  const outside = request.mentions.filter((m) => m.end <= nerve.start || m.start >= nerve.end);
  const named = musclesOfMentions(index, outside);
  if (named.length > 0) return named;
  if (!request.tokens.some((t) => AMONG.has(t))) return [];
  return findReferents(index, input.scene, input.history)?.muscles ?? [];
};

const names = (muscles: readonly Muscle[]) => joinList(muscles.map((m) => inSentence(m.name)));

/**
 * "And what are its roots?": the catalog keeps roots per muscle, so they are said per muscle, or
 * once when the muscles share them.
 */
function rootsText(muscles: readonly Muscle[]): string {
  const recorded = muscles.filter((m) => m.roots !== undefined);
  if (recorded.length === 0) return 'The catalog records no nerve roots for them.';
  const roots = new Set(recorded.map((m) => m.roots));
  const [only] = roots;
  if (roots.size === 1 && recorded.length === muscles.length)
    return `The catalog gives the roots ${only ?? ''} for ${muscles.length === 1 ? 'it' : 'each of them'}.`;
  return `The catalog records the roots per muscle: ${recorded.map((m) => `${inSentence(m.name)} ${m.roots ?? ''}`).join(', ')}.`;
}

/**
 * "Which muscles does the femoral nerve supply?", "what does the radial nerve innervate", "which
 * of the adductors is supplied by the obturator nerve": the catalog's muscles whose nerve it is,
 * lit up, instead of reading the nerve's name as an unknown muscle.
 */
export const nerveMusclesIntent: GuideIntent = {
  name: 'muscles of a nerve',
  matches: (context) => nerveOf(context) !== null,
  answer(context) {
    const { plan } = context;
    const nerve = nerveOf(context);
    if (nerve === null) return;
    const label = `the ${nerve.name} nerve`;
    const among = amongOf(context, nerve);
    if (among.length === 0) {
      plan.say(`${capitalize(label)} supplies the ${names(nerve.supplied)}.`);
      if (context.request.intent.facts.includes('roots')) plan.say(` ${rootsText(nerve.supplied)}`);
      showMuscles(context, nerve.supplied);
      return;
    }
    const ids = new Set(nerve.supplied.map((m) => m.id));
    const yes = among.filter((m) => ids.has(m.id));
    const no = among.filter((m) => !ids.has(m.id));
    if (yes.length === 0) {
      plan.say(`None of the ${names(among)}: the catalog does not name ${label} for them.`);
      return;
    }
    plan.say(`Of the ${names(among)}, ${label} supplies the ${names(yes)}.`);
    if (no.length > 0)
      plan.paragraph(
        no
          .slice(0, 4)
          .map((m) => `The ${inSentence(m.name)}: ${inSentence(m.innervation)}.`)
          .join(' '),
      );
    showMuscles(context, yes);
  },
};
