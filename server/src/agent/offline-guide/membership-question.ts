import { groupLabel, inSentence, joinList, muscleLabel } from './compose.js';
import { introduce } from './introduce.js';
import type { PlanContext } from './plan-context.js';
import { showMuscles } from './show-muscle.js';

const ASKING = new Set(['is', 'are', 'isnt']);

/**
 * "Is the psoas a hip flexor?", "is the soleus one of the hamstrings?": yes or no, from the
 * group's members in the catalog, with the muscle shown. False when the message is not a question
 * of that shape: one muscle, then one group, after "is" (the caller answers then).
 */
export function answerMembership(context: PlanContext): boolean {
  const { index, request, plan } = context;
  if (!ASKING.has(request.tokens[0] ?? '')) return false;
  const muscles = request.mentions.filter((m) => m.kind === 'muscle');
  const groups = request.mentions.filter((m) => m.kind === 'group');
  const [named] = muscles;
  const [asked] = groups;
  if (muscles.length !== 1 || groups.length !== 1 || named === undefined || asked === undefined)
    return false;
  if (named.ids.length !== 1 || asked.ids.length !== 1 || named.end > asked.start) return false;
  const muscle = index.muscle(named.ids[0] as string);
  const group = index.group(asked.ids[0] as string);
  const members = group.muscles.map((id) => index.muscle(id));
  const label = muscleLabel(muscle);
  const ofGroup = groupLabel(group);
  const others = members.filter((m) => m.id !== muscle.id).map((m) => inSentence(m.name));
  if (members.some((m) => m.id === muscle.id)) {
    plan.say(
      `Yes: ${label} is part of ${ofGroup}${others.length > 0 ? `, with the ${joinList(others)}` : ''}.`,
    );
  } else {
    plan.say(
      `No: ${label} is not part of ${ofGroup}, which the catalog lists as the ${joinList(members.map((m) => inSentence(m.name)))}.`,
    );
  }
  plan.paragraph(introduce(label, muscle.summary));
  showMuscles(context, [muscle]);
  return true;
}
