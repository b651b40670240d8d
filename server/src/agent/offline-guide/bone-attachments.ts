import type { Bone, Muscle } from '#shared/anatomy/catalog-schema';
import { musclesAttachingTo, type AttachmentEnd } from '#shared/anatomy/muscles-attaching-to';
import type { Side } from '#shared/protocol/ids';
import type { NamedView } from '#shared/protocol/named-view';
import type { FactKind } from '../../language/detect-intent.js';
import { bestViewFor, viewPhrase } from './best-view.js';
import { capitalize, inSentence, joinList } from './compose.js';
import type { PlanBuilder } from './plan-builder.js';

/** "Which muscles attach to the humerus": the end asked about, from the facts the message asks. */
export function attachmentEndAsked(facts: readonly FactKind[]): AttachmentEnd | null {
  const origin = facts.includes('origin');
  const insertion = facts.includes('insertion');
  if (origin && insertion) return 'either';
  if (origin) return 'origin';
  if (insertion) return 'insertion';
  return null;
}

/** The verb for one muscle and for several, by the end asked about. */
const VERBS: Record<AttachmentEnd, [string, string]> = {
  origin: ['arises from', 'arise from'],
  insertion: ['inserts on', 'insert on'],
  either: ['attaches to', 'attach to'],
};

const names = (muscles: readonly Muscle[]) => joinList(muscles.map((m) => inSentence(m.name)));

/**
 * The muscles attached to a bone, from the catalog's origins and insertions: named by the end
 * that is on the bone, the ones in the model highlighted, the others said to be missing.
 */
export function answerBoneAttachments(
  plan: PlanBuilder,
  all: readonly Muscle[],
  bone: Bone,
  end: AttachmentEnd,
  side: Side,
  requested: NamedView | null,
): void {
  const boneName = `the ${inSentence(bone.name)}`;
  const arising = end === 'insertion' ? [] : musclesAttachingTo(bone, all, 'origin');
  const inserting = end === 'origin' ? [] : musclesAttachingTo(bone, all, 'insertion');
  const attached = [...new Map([...arising, ...inserting].map((m) => [m.id, m])).values()];
  const [one, many] = VERBS[end];
  if (attached.length === 0) {
    plan.say(`The catalog lists no muscle that ${one} ${boneName}.`);
    return;
  }
  const parts = [
    arising.length > 0 ? `arising from it, the ${names(arising)}` : '',
    inserting.length > 0 ? `inserting on it, the ${names(inserting)}` : '',
  ].filter((p) => p !== '');
  const count = attached.length === 1 ? 'one muscle' : `${attached.length} muscles`;
  plan.say(
    `The catalog lists ${count} that ${attached.length === 1 ? one : many} ${boneName}: ${parts.join('; ')}.`,
  );
  const drawable = attached.filter((m) => m.hasMesh);
  const missing = attached.filter((m) => !m.hasMesh);
  if (drawable.length === 0) {
    plan.paragraph(`None of them is in this 3D model, so there is nothing I can highlight.`);
    return;
  }
  const view = requested ?? bestViewFor(drawable, side);
  const ids = drawable.map((m) => m.id);
  plan.act(
    { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
    { toolName: 'setCameraView', input: { view, muscleIds: ids, side } },
  );
  plan.paragraph(
    `${missing.length === 0 ? (drawable.length === 1 ? 'It is' : 'They are') : `${capitalize(drawable.length === 1 ? 'the one' : `the ${drawable.length}`)} in this 3D model ${drawable.length === 1 ? 'is' : 'are'}`} highlighted, seen ${viewPhrase(view)}${missing.length > 0 ? `; the ${names(missing)} ${missing.length === 1 ? 'is' : 'are'} not in the model` : ''}.`,
  );
}
