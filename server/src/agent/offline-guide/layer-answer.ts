import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { LayerQuestion } from '../../language/layered-under.js';
import { bestViewFor, viewPhrase } from './best-view.js';
import { capitalize, inSentence, joinList, muscleLabel } from './compose.js';
import type { PlanContext } from './plan-context.js';

const DEPTH = { superficial: 0, intermediate: 1, deep: 2 } as const;

/** Nothing written about what lies under it: hide it, and name the deeper muscles of its region. */
function hideToLookUnder(context: PlanContext, muscle: Muscle): void {
  const { index, plan, request } = context;
  const side = request.side ?? 'both';
  const label = muscleLabel(muscle);
  if (!muscle.hasMesh) {
    plan.say(
      `The catalog doesn't say which muscles lie under ${label}, and it is not in this 3D model.`,
    );
    return;
  }
  const deeper = index.catalog.muscles.filter(
    (m) => m.region === muscle.region && DEPTH[m.layer] > DEPTH[muscle.layer] && m.hasMesh,
  );
  plan.say(
    `The catalog doesn't say which muscles lie under ${label}, so I've hidden it to show what is beneath.`,
  );
  // Seen from the muscle's own side, with its region's deeper muscles lit (what still covers
  // them fades).
  const view = bestViewFor([muscle], side);
  const ids = deeper.map((m) => m.id);
  plan.act(
    { toolName: 'setMuscleVisibility', input: { muscleIds: [muscle.id], visible: false, side } },
    ...(ids.length > 0
      ? [
          {
            toolName: 'selectMuscles' as const,
            input: { muscleIds: ids, side, mode: 'replace' as const },
          },
        ]
      : []),
    { toolName: 'setCameraView', input: { view, muscleIds: [muscle.id, ...ids], side } },
  );
  if (deeper.length > 0)
    plan.paragraph(
      `The deeper muscles of the ${inSentence(index.region(muscle.region).name)} in the catalog are the ${names(deeper)}: they are highlighted, seen ${viewPhrase(view)}.`,
    );
  plan.say('Say “show everything” to bring it back.');
}

const names = (muscles: readonly Muscle[]) => joinList(muscles.map((m) => inSentence(m.name)));

/**
 * "What's under the gluteus maximus", "what covers the soleus": what the catalog's summaries say
 * lies under or over the muscle. The deeper muscles are highlighted (the view fades what covers
 * them); when the catalog says nothing, the answer says so and how to look.
 */
export function answerLayerQuestion(context: PlanContext, question: LayerQuestion): void {
  const { index, plan, request } = context;
  const side = request.side ?? 'both';
  const muscle = index.muscle(question.muscleId ?? '');
  const label = muscleLabel(muscle);
  const related = (
    (question.relation === 'under' ? index.underneath : index.over).get(muscle.id) ?? []
  ).map((id) => index.muscle(id));
  // The muscles to light up: those underneath, or the one asked about (its cover fades).
  const shown = (question.relation === 'under' ? related : [muscle]).filter((m) => m.hasMesh);
  if (question.relation === 'under') {
    if (related.length === 0) return hideToLookUnder(context, muscle);
    plan.say(`The catalog describes the ${names(related)} as lying under ${label}.`);
  } else if (related.length > 0) {
    plan.say(`${capitalize(label)} lies under the ${names(related)}.`);
  } else if (muscle.layer === 'superficial') {
    plan.say(`${capitalize(label)} is a superficial muscle: only fascia and skin cover it.`);
  } else {
    plan.say(
      `The catalog doesn't name the muscles over ${label}; it lies in the ${muscle.layer} layer. In the view, what covers it fades when it is selected.`,
    );
  }
  if (shown.length === 0) {
    plan.paragraph(
      `${shown.length === related.length ? 'They are' : 'That is'} not in this 3D model, so there is nothing I can highlight.`,
    );
    return;
  }
  const view = bestViewFor(shown, side);
  const ids = shown.map((m) => m.id);
  plan.act(
    { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
    { toolName: 'setCameraView', input: { view, muscleIds: ids, side } },
  );
  const missing = related.filter((m) => !m.hasMesh);
  plan.paragraph(
    `Here ${shown.length === 1 ? 'it is' : 'they are'}, seen ${viewPhrase(view)}${missing.length > 0 ? `; the ${names(missing)} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model` : ''}.`,
  );
}
