import type { Muscle } from '#shared/anatomy/catalog-schema';
import { partsOf } from '../../language/muscle-parts.js';
import { capitalize, joinList, muscleLabel, numberWord } from './compose.js';
import type { PlanContext } from './plan-context.js';
import { showMuscles } from './show-muscle.js';

const PART_COUNT_WORDS = new Set(['heads', 'head', 'parts', 'part', 'bellies', 'portions']);

/**
 * "How many heads does the triceps have?", "how many parts has the deltoid": its heads or parts
 * as the catalog names them, with the muscle shown. False when the question is not of that kind
 * or is about more than one muscle (the caller answers then).
 */
export function answerPartCount(context: PlanContext, muscles: readonly Muscle[]): boolean {
  const { plan, request } = context;
  const asked = request.tokens.find((t) => PART_COUNT_WORDS.has(t));
  const [muscle] = muscles;
  if (asked === undefined || muscle === undefined || muscles.length !== 1) return false;
  const parts = partsOf(muscle);
  const label = muscleLabel(muscle);
  if (parts.length === 0) {
    plan.say(
      `The catalog describes ${label} as one muscle: it names no separate heads or parts of it.`,
    );
  } else {
    // "Long head", "clavicular (front) part": the noun of the first says which kind they are.
    const noun = /\bhead$/.test(parts[0]?.name ?? '') ? 'heads' : 'parts';
    plan.say(
      `${capitalize(label)} has ${numberWord(parts.length)} ${noun}: ${joinList(parts.map((p) => `the ${p.name}`))}.`,
    );
  }
  showMuscles(context, [muscle]);
  return true;
}
