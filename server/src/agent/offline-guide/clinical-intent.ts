import { findMusclesByAction } from '#shared/anatomy/catalog-queries';
import type { Joint, Muscle } from '#shared/anatomy/catalog-schema';
import { musclesAttachingTo } from '#shared/anatomy/muscles-attaching-to';
import { groupLabel, inSentence, joinList } from './compose.js';
import { detectClinical } from './detect-clinical.js';
import type { GuideIntent, PlanContext } from './plan-context.js';
import { findReferents, musclesOfMentions } from '../../language/referents.js';
import { trainingMovementsText } from './training-movements.js';

/** Joints students name when something hurts, as the catalog's joints. */
const JOINT_OF: Record<string, Joint | undefined> = {
  elbow: 'elbow',
  elbows: 'elbow',
  knee: 'knee',
  knees: 'knee',
  wrist: 'wrist',
  wrists: 'wrist',
  ankle: 'ankle',
  ankles: 'ankle',
};

/** Muscles named at most in the offer of anatomy, before "and N more". */
const MAX_NAMED = 6;

/**
 * Clinical questions (symptoms, injuries, diagnosis, treatment, medicines, supplements, doping):
 * one sentence that the guide cannot advise, a referral, then the anatomy that is relevant.
 */
export const clinicalIntent: GuideIntent = {
  name: 'clinical',
  matches: ({ request }) => detectClinical(request.tokens) !== null,
  answer(context) {
    const { plan, request } = context;
    const kind = detectClinical(request.tokens);
    plan.say(
      kind === 'medicine'
        ? "I can't advise on medicines, doses, supplements or doping: please ask a doctor or a pharmacist about that."
        : kind === 'training'
          ? "I can't give you a training or stretching plan: please ask a coach or a physiotherapist about that."
          : "I can't diagnose or advise on treatment: please see a doctor or a physiotherapist about that.",
    );
    const anatomy = relevantAnatomy(context, kind === 'training');
    if (anatomy === null) {
      plan.paragraph(
        'What I can do is show you the anatomy: name a muscle or a body part and I will show where it is, what it does and which nerve supplies it.',
      );
      return;
    }
    const drawable = anatomy.muscles.filter((m) => m.hasMesh);
    const names = anatomy.muscles.map((m) => inSentence(m.name));
    const listed =
      names.length <= MAX_NAMED
        ? joinList(names)
        : `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more`;
    const label = anatomy.muscles.length === 1 ? 'the muscle in question' : anatomy.label;
    plan.paragraph(
      `What I can do is show you the anatomy: ${label} ${anatomy.muscles.length === 1 ? 'is' : 'are'} the ${listed}.`,
    );
    // Asked how to work or stretch them: they light up too.
    if (kind === 'training' && drawable.length > 0)
      plan.act({
        toolName: 'selectMuscles',
        input: {
          muscleIds: drawable.map((m) => m.id),
          side: request.side ?? 'both',
          mode: 'replace',
        },
      });
    if (drawable.length > 0) {
      plan.act({
        toolName: 'setCameraView',
        input: { muscleIds: drawable.map((m) => m.id), side: request.side ?? 'both' },
      });
    }
    const movements =
      kind === 'training'
        ? trainingMovementsText(
            anatomy.muscles,
            anatomy.muscles.length === 1 ? `the ${listed}` : 'they',
          )
        : null;
    if (movements !== null) plan.paragraph(movements);
    plan.say(
      anatomy.muscles.length === 1
        ? 'Ask me what it does or which nerve supplies it.'
        : 'Ask me what any of them does or which nerve supplies it.',
    );
  },
};

/** The muscles the question is about: named ones, a named place's, else what is on screen. */
function relevantAnatomy(
  { index, request, input }: PlanContext,
  training: boolean,
): {
  label: string;
  muscles: Muscle[];
} | null {
  const named = request.mentions.filter((m) => m.kind === 'muscle' || m.kind === 'group');
  if (named.length > 0) {
    const muscles = musclesOfMentions(index, named);
    const first = named[0];
    const label =
      first?.kind === 'group' && named.length === 1
        ? groupOf(groupLabel(index.group(first.ids[0] ?? '')))
        : 'the muscles you named';
    return { label, muscles };
  }
  const landmark = request.landmarks[0];
  if (landmark !== undefined) {
    const muscles = landmark.muscles.flatMap((id) => index.muscles.get(id) ?? []);
    return { label: `the muscles around ${landmark.name}`, muscles };
  }
  // "What do I strengthen for a stronger grip": the prime movers of the movement asked. (When
  // something hurts, the place matters more than the movement that hurts.)
  const movers = new Map<string, Muscle>();
  for (const pair of training ? request.action.pairs : [])
    for (const { muscle } of findMusclesByAction(index.catalog, pair.joint, pair.movement))
      movers.set(muscle.id, muscle);
  if (movers.size > 0)
    return {
      label: `the prime movers of ${request.activity?.name ?? 'that movement'}`,
      muscles: [...movers.values()].sort((a, b) => Number(b.hasMesh) - Number(a.hasMesh)),
    };
  // "My elbow hurts": the muscles that move that joint.
  const joint = request.tokens.map((t) => JOINT_OF[t]).find((j) => j !== undefined);
  if (joint !== undefined) {
    const muscles = index.catalog.muscles
      .filter((m) => m.actions.some((a) => a.joint === joint && a.role === 'prime'))
      .sort((a, b) => Number(b.hasMesh) - Number(a.hasMesh));
    if (muscles.length > 0) return { label: `the muscles that move the ${joint}`, muscles };
  }
  // "My shoulder blade hurts": the muscles attached to that bone.
  const bone = request.mentions.find((m) => m.kind === 'bone');
  if (bone !== undefined) {
    const named = index.bone(bone.ids[0] ?? '');
    const muscles = musclesAttachingTo(named, index.catalog.muscles).sort(
      (a, b) => Number(b.hasMesh) - Number(a.hasMesh),
    );
    if (muscles.length > 0)
      return { label: `the muscles attached to the ${inSentence(named.name)}`, muscles };
  }
  // A body part may have been read as a joint ("my shoulder clicks when I lift").
  const region =
    request.mentions.find((m) => m.kind === 'region' || m.kind === 'bone') ??
    request.tokens.flatMap((t) => {
      const target = index.lexicon.targets.get(t);
      return target?.kind === 'region' ? [target] : [];
    })[0];
  if (region !== undefined) {
    const regionId =
      region.kind === 'region' ? (region.ids[0] ?? '') : index.bone(region.ids[0] ?? '').region;
    const muscles = index.catalog.muscles
      .filter((m) => m.region === regionId)
      .sort((a, b) => Number(b.hasMesh) - Number(a.hasMesh));
    return { label: `the muscles of the ${inSentence(index.region(regionId).name)}`, muscles };
  }
  const referents = findReferents(index, input.scene, input.history);
  if (referents === null) return null;
  return { label: 'the muscles in question', muscles: referents.muscles };
}

/** "The muscles of the rotator cuff", but "the gluteal muscles" as it is. */
const groupOf = (label: string): string =>
  /\bmuscles$/.test(label) ? label : `the muscles of ${label}`;
