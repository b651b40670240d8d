import type { Muscle } from '#shared/anatomy/catalog-schema';
import { findReferents, musclesOfMentions } from '../../language/referents.js';
import { bestViewFor } from './best-view.js';
import { capitalize, inSentence, joinList, muscleLabel } from './compose.js';
import type { GuideIntent, PlanContext } from './plan-context.js';

const NEGATIONS = new Set(['cant', 'cannot', 'dont', 'not', 'couldnt', 'unable']);
const SEEING = new Set(['see', 'find', 'spot', 'visible', 'locate']);

/** The muscle the student cannot see: named, else the one on screen or just talked about. */
const subjectOf = ({ index, request, input }: PlanContext): Muscle | undefined =>
  musclesOfMentions(index, request.mentions)[0] ??
  findReferents(index, input.scene, input.history)?.muscles[0];

/** "I can't see it", "I don't see the pec minor", "where is it, I can't find it". */
const saysCannotSee = (tokens: readonly string[]): boolean =>
  tokens.some((t, i) => NEGATIONS.has(t) && tokens.slice(i + 1, i + 4).some((n) => SEEING.has(n)));

/**
 * "I can't see it": a deep muscle is covered by others. The muscles the catalog says lie over it
 * are hidden (or, when it names none, x-ray is turned on), and the muscle is lit and framed.
 */
export const cannotSeeIntent: GuideIntent = {
  name: 'cannot see',
  matches: (context) => saysCannotSee(context.request.tokens) && subjectOf(context) !== undefined,
  answer(context) {
    const { index, plan, request } = context;
    const muscle = subjectOf(context);
    if (muscle === undefined) return;
    const label = muscleLabel(muscle);
    if (!muscle.hasMesh) {
      plan.say(
        `${capitalize(label)} is not in this 3D model (no mesh in the data set), so there is nothing to see.`,
      );
      return;
    }
    const side = request.side ?? 'both';
    const covers = (index.over.get(muscle.id) ?? [])
      .map((id) => index.muscle(id))
      .filter((m) => m.hasMesh);
    const frame = [
      {
        toolName: 'selectMuscles' as const,
        input: { muscleIds: [muscle.id], side, mode: 'replace' as const },
      },
      {
        toolName: 'setCameraView' as const,
        input: { view: bestViewFor([muscle], side), muscleIds: [muscle.id], side },
      },
    ];
    if (covers.length > 0) {
      const over = `the ${joinList(covers.map((m) => inSentence(m.name)))}`;
      plan.say(
        `${capitalize(label)} lies under ${over}, so I've hidden ${over} and lit ${label} up.`,
      );
      plan.act(
        {
          toolName: 'setMuscleVisibility',
          input: { muscleIds: covers.map((m) => m.id), visible: false, side },
        },
        ...frame,
      );
      plan.say(`Say “show everything” to bring ${covers.length === 1 ? 'it' : 'them'} back.`);
    } else if (muscle.layer !== 'superficial') {
      plan.say(
        `${capitalize(label)} lies in the ${muscle.layer} layer, under other muscles, so I've turned x-ray on: you see it through them. Say “x-ray off” to turn it off.`,
      );
      plan.act({ toolName: 'setXray', input: { enabled: true } }, ...frame);
    } else {
      plan.say(`Here is ${label}, lit up and framed: it is a superficial muscle.`);
      plan.act(...frame);
    }
  },
};
