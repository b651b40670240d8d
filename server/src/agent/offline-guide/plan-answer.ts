import { distance } from 'fastest-levenshtein';
import type { Muscle, MuscleGroup, Region } from '#shared/anatomy/catalog-schema';
import { findMusclesByAction } from '#shared/anatomy/catalog-queries';
import type { Side } from '#shared/protocol/ids';
import type { NamedView } from '#shared/protocol/named-view';
import { bestViewFor, oppositeView, viewAround, viewPhrase } from './best-view.js';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { actionPhrase, describeActions, listActions } from '../../language/describe-action.js';
import { highlightColors } from '../../language/highlight-colors.js';
import { withoutModelRemark } from '../../language/muscle-facts.js';
import type { PlannedToolCall } from '../tools/create-tools.js';
import {
  asObject,
  capitalize,
  firstOf,
  groupLabel,
  inSentence,
  joinList,
  lastOf,
  muscleLabel,
  numberWord,
  sentence,
} from './compose.js';
import type { ActionPair } from '../../language/detect-action.js';
import type { FactKind } from '../../language/detect-intent.js';
import { editDistance } from '../../language/edit-distance.js';
import {
  parseRequest,
  type ParsedRequest,
  type SidedMention,
} from '../../language/parse-request.js';
import { createPlanBuilder, type PlanBuilder, type PlannedStep } from './plan-builder.js';
import { findReferents } from '../../language/referents.js';
import { planQuiz } from './plan-quiz.js';
import { planQuizReply } from './plan-quiz-reply.js';
import { catalogCountIntent } from './catalog-count-intent.js';
import { withoutNegatedParts } from './read-correction.js';
import { resolveFollowUp, resolveMovementFollowUp } from './resolve-follow-up.js';
import { ordinalFollowUp, showPartnersFollowUp } from './listed-follow-up.js';
import { didYouMeanFollowUp } from './did-you-mean-follow-up.js';
import { differenceFollowUp } from './difference-follow-up.js';
import { namesStartedBy } from '../../language/name-prefix.js';
import { neighbourFollowUp } from './neighbour-follow-up.js';
import { placementIntent } from './placement-intent.js';
import { otherOneIntent } from './other-one-intent.js';
import { comparisonText } from './comparison-answer.js';
import { completeSiblingName } from './sibling-follow-up.js';
import { partnerMuscles, partnersText } from './partner-muscles.js';

const partnerKinds: ReadonlySet<FactKind> = new Set(['antagonists', 'synergists']);
import type { Landmark } from '../../language/landmarks.js';
import { mentionsPart, PART_NOUNS, type MusclePart } from '../../language/muscle-parts.js';
import { readPart } from '../../language/read-part.js';
import { partMeshOf, resolvePartWords } from '../../language/muscle-part-meshes.js';
import { clinicalIntent } from './clinical-intent.js';
import { weaknessIntent } from './weakness-intent.js';
import { answerLayerQuestion } from './layer-answer.js';
import { answerWhichOfThem } from './which-of-them.js';
import { answerMembership } from './membership-question.js';
import { answerPartCount } from './part-count.js';
import { answerSuperlative } from './superlative-answer.js';
import { introduce } from './introduce.js';
import { musclesNaming, type NamedIn } from './named-in-texts.js';
import { ARTICLES, COMMON_WORDS } from '../../language/stopwords.js';
import { findLayerQuestion } from '../../language/layered-under.js';
import { layerAsked } from '../../language/layer-asked.js';
import { consume } from '../../language/phrase-pattern.js';
import { exclusionAt } from '../../language/exclusion.js';
import { detectIntent } from '../../language/detect-intent.js';
import { answerBoneAttachments, attachmentEndAsked } from './bone-attachments.js';
import { noSkinIntent } from './no-skin-intent.js';
import { bodyLayerIntent } from './body-layer-intent.js';
import { nerveMusclesIntent } from './nerve-muscles-intent.js';
import { attachmentSiteIntent } from './attachment-site-intent.js';
import { cannotSeeIntent } from './cannot-see-intent.js';
import { offTopicIntent, sayOffTopic } from './off-topic-intent.js';
import {
  aboutGuideIntent,
  sayGreeting,
  sayHelp,
  sayThanks,
  smallTalkIntents,
} from './small-talk-intent.js';
import type { GuideInput, GuideIntent, PlanContext } from './plan-context.js';

export type { GuideInput } from './plan-context.js';

/** An answer: what the guide understood (streamed as its reasoning) and the steps to stream. */
export interface AnswerPlan {
  reasoning: string;
  steps: PlannedStep[];
}

/** The side a side view looks at when the student does not say which. */
const DEFAULT_LATERAL_SIDE = 'right';
/** Muscles named one by one in a fact answer about a group before the rest is summarised. */
const MAX_LISTED = 12;
/** Names answered in one message; a message naming more gets the first ones. */
const MAX_TARGETS = 8;
/** Movements answered in one message. */
const MAX_MOVEMENTS = 3;
/** A tour has an overview then one stop per muscle; the protocol allows 40 steps. */
const MAX_TOUR_STOPS = 39;

/** Muscles, a group, a region or a bone the student named, with the side they gave. */
interface Target {
  kind: 'muscle' | 'group' | 'region' | 'bone';
  label: string;
  /** The muscles it stands for (a region's only when asked for as muscles). */
  muscles: Muscle[];
  side: Side;
  group?: MuscleGroup;
  regionId?: string;
  boneId?: string;
  /** The one layer of a region's muscles asked for ("the deep muscles of the back"). */
  layer?: Muscle['layer'];
  /** Words the student wrote, when they were read with a typo corrected. */
  corrected?: { written: string; read: string };
  /** Where the name is in the message (absent for "it", "them"). */
  span?: { start: number; end: number };
}

/**
 * Plans the offline guide's answer to one message, deterministically, from the catalog alone:
 * what to say, and which tool calls to make at which point of the text.
 */
export function planAnswer(index: CatalogIndex, input: GuideInput): AnswerPlan {
  const quiz = planQuizReply(index, input) ?? planQuiz(index, input);
  if (quiz) return quiz;
  // "Not the quads, the hamstrings": what is meant, without what is not.
  const first = withoutNegatedParts(
    parseRequest(input.message, index.lexicon, index.knownActions),
    input.message,
  );
  // "And the med?" after the glute max: the sibling's name written out.
  const sibling = completeSiblingName(index, input, first);
  const parsed =
    sibling === null ? first : parseRequest(sibling, index.lexicon, index.knownActions);
  // A short turn that leans on the conversation is planned as the request it stands for.
  const rewritten =
    didYouMeanFollowUp(input, parsed) ??
    differenceFollowUp(index, input, parsed) ??
    ordinalFollowUp(index, input, parsed) ??
    showPartnersFollowUp(index, input, parsed) ??
    resolveMovementFollowUp(input, parsed, index) ??
    neighbourFollowUp(index, input, parsed) ??
    resolveFollowUp(index, input, parsed);
  const request =
    rewritten === null ? parsed : parseRequest(rewritten, index.lexicon, index.knownActions);
  const plan = createPlanBuilder();
  const context: PlanContext = { index, input, request, plan };
  const intent = intents.find((row) => row.matches(context)) ?? firstOf(intents);
  intent.answer(context);
  const understood = describeUnderstanding(index, request);
  return {
    reasoning:
      rewritten === null ? understood : `Read as a follow-up: “${rewritten}”. ${understood}`,
    steps: plan.finish(),
  };
}

/** Where the muscles an answer is about came from: named now, selected, or said earlier. */
type SubjectSource = 'message' | 'selection' | 'history';

/**
 * The intents the guide answers, in order: the first that matches answers. A new kind of request
 * is one module and one row here.
 */
const intents: readonly GuideIntent[] = [
  clinicalIntent,
  weaknessIntent,
  nerveMusclesIntent,
  attachmentSiteIntent,
  cannotSeeIntent,
  placementIntent,
  otherOneIntent,
  bodyLayerIntent,
  noSkinIntent,
  catalogCountIntent,
  aboutGuideIntent,
  offTopicIntent,
  ...smallTalkIntents,
  { name: 'catalog', matches: () => true, answer },
];

function answer(context: PlanContext): void {
  const { request, plan, input, index } = context;
  const { intent, action } = request;
  const targets = targetsOf(context);
  // "The deep muscles of the back" picks a layer; it does not ask how deep they lie.
  if (targets.some((t) => t.layer !== undefined))
    context.request.intent.facts = intent.facts.filter((k) => k !== 'layer');
  const muscleTargets = targets.filter((t) => t.muscles.length > 0);

  if (request.tokens.length === 0) return sayHelp(plan);

  noteCorrections(plan, targets);
  const { said: unknownNamed, asked } = sayUnknownNames(context);
  if (asked.length > 0) {
    // "Serratus posterior": the "serratus" inside it is not the serratus anterior.
    const inside = (t: Target) =>
      t.span !== undefined &&
      asked.some((phrase) =>
        phrase.includes(request.tokens.slice(t.span?.start, t.span?.end).join(' ')),
      );
    for (let i = muscleTargets.length - 1; i >= 0; i--) {
      const target = muscleTargets[i];
      if (target !== undefined && inside(target)) {
        muscleTargets.splice(i, 1);
        targets.splice(targets.indexOf(target), 1);
      }
    }
  }
  if (unknownNamed && muscleTargets.length === 0) return;
  if (leaveOut(context, targets, muscleTargets)) return;
  // "Which of them crosses the hip?" about the muscles on screen.
  if (answerWhichOfThem(context)) return;
  // "Is the psoas a hip flexor?"
  if (answerMembership(context)) return;
  // "What's under the trapezius", "what covers the soleus".
  const layers = findLayerQuestion(request.tokens, request.mentions);
  // "What's underneath it": the muscle on screen or just talked about.
  const layerSubject =
    layers?.muscleId ?? findReferents(index, input.scene, input.history)?.muscles[0]?.id;
  if (layers !== null && layerSubject !== undefined)
    return answerLayerQuestion(context, { ...layers, muscleId: layerSubject });
  if (intent.compare) {
    // "The biggest muscle of the back": the descriptions that say it, among what was named.
    const among = [
      ...uniqueMuscles(muscleTargets),
      ...[...index.muscles.values()].filter((m) =>
        targets.some((t) => t.kind === 'region' && t.regionId === m.region),
      ),
    ];
    if (answerSuperlative(context, among)) return;
    // "Which is bigger" of two named, or of those on screen.
    const compared =
      among.length >= 2 ? among : (findReferents(index, input.scene, input.history)?.muscles ?? []);
    plan.say(
      comparisonText(request.tokens, compared) ??
        "The catalog doesn't record muscle strength or size, so I can't compare or rank them.",
    );
  }
  // "All the muscles that attach to the scapula" names muscles by a bone: no layer to show.
  const setupDone = applySetup(
    context,
    muscleTargets.length > 0 || targets.some((t) => t.kind === 'bone'),
  );

  if (action.pairs.length > 0) {
    const pairs = action.pairs.slice(0, MAX_MOVEMENTS);
    const named = muscleTargets.filter((t) => t.kind !== 'region');
    const asksPartners = intent.facts.some((k) => k === 'antagonists' || k === 'synergists');
    if (named.length > 0 && asksPartners) return answerSubjects(context, named, targets, 'message');
    // "Which part of the trapezius shrugs?": that part, lit up.
    const acting = partNamed(context, named, []);
    if (acting.part?.byFact === true && acting.subject !== null)
      return answerSubjects(context, [acting.subject], targets, 'message', acting.part);
    // "Which muscles work in a squat besides the quads": the query, without them.
    const cut = exclusionAt(request.tokens);
    if (named.length > 0 && cut !== -1 && named.every((t) => (t.span?.start ?? 0) > cut))
      return answerActionQuery(
        context,
        pairs,
        targets.filter((t) => t.kind === 'region'),
        new Set(named.flatMap((t) => t.muscles.map((m) => m.id))),
      );
    if (named.length > 0) return answerActionCheck(context, named, pairs);
    return answerActionQuery(
      context,
      pairs,
      targets.filter((t) => t.kind === 'region'),
    );
  }

  // "Which muscle closes my eye": the face's muscles are named by what they do.
  const doers = request.activity?.muscles ?? [];
  if (doers.length > 0 && muscleTargets.length === 0) {
    const side = request.side ?? 'both';
    const named: Target[] = doers.map((id) => {
      const muscle = index.muscle(id);
      return { kind: 'muscle', label: muscleLabel(muscle, side), muscles: [muscle], side };
    });
    return answerSubjects(context, named, targets, 'message');
  }
  const landmark = request.landmarks[0];
  if (landmark !== undefined && !muscleTargets.some((t) => t.kind !== 'region')) {
    return answerLandmark(context, landmark);
  }

  const namesPart = mentionsPart(request.tokens);
  const wantsReferent =
    intent.pronoun ||
    namesPart ||
    intent.facts.length > 0 ||
    intent.hide ||
    intent.unhide ||
    intent.isolate ||
    intent.remove ||
    intent.tour ||
    intent.color !== null;
  let subjects = muscleTargets;
  let source: SubjectSource = 'message';
  if (subjects.length === 0 && targets.length === 0 && wantsReferent && !setupDone) {
    const referents = findReferents(context.index, input.scene, input.history);
    if (referents !== null) {
      subjects = [referentTarget(context.index, referents.muscles, referents.side)];
      source = referents.source;
    } else if (request.unknownWords.length > 0 && !intent.pronoun) {
      return answerUnknown(context);
    } else if (intent.compare) {
      // "What is the strongest muscle in the body?": the comparison answer says it all.
      return;
    } else if (!hasCameraWords(request)) {
      return plan.say(
        'Which muscle do you mean? Nothing is selected, so name it, for example “where does the deltoid insert?”.',
      );
    }
  }

  // "Rotate to the back", "turn it to the left": the camera, not a movement of some joint.
  const cameraTurn = action.missingJoint === 'rotation' && hasCameraWords(request);
  if (action.missingJoint !== null && subjects.length === 0 && !cameraTurn) {
    return plan.say(
      `Which joint do you mean? For example: “which muscles ${actionPhrase({ joint: 'knee', movement: action.missingJoint }, 'base')}?”`,
    );
  }
  if (intent.tour && subjects.length > 0) return answerTour(context, subjects);
  const changesSelection =
    intent.isolate ||
    intent.hide ||
    intent.unhide ||
    intent.remove ||
    intent.add ||
    intent.color !== null;
  const bones = targets.filter((t) => t.kind === 'bone');
  const named = partNamed(context, subjects, bones);
  // "What does it do?" with the rear delt on screen: that part, not the whole deltoid.
  const part =
    named.part ??
    (source === 'selection' && intent.facts.some((k) => k !== 'summary')
      ? selectedPart(context, subjects)
      : null);
  if (named.subject !== null) subjects = [named.subject];
  // "Which bit of the pec attaches to the collarbone": the bone picked the part.
  if (part?.byFact === true) for (const bone of bones) targets.splice(targets.indexOf(bone), 1);
  if (named.missing !== null) plan.say(named.missing);
  // "What about from the back?": a camera turn, not a question about the muscle.
  const onlyCamera = hasCameraWords(request) && intent.facts.every((k) => k === 'summary');
  if (
    source === 'selection' &&
    (intent.facts.length === 0 || onlyCamera) &&
    !intent.count &&
    !changesSelection &&
    part === null
  ) {
    // "Show it from behind" with something selected: only the camera moves.
    return answerCamera(context);
  }
  // "How many heads does the triceps have?"
  if (
    intent.count &&
    answerPartCount(
      context,
      subjects.flatMap((t) => t.muscles),
    )
  )
    return;
  if (subjects.length > 0 && (intent.isolate || intent.hide || intent.unhide || intent.remove)) {
    return answerVisibility(context, subjects);
  }
  if (subjects.length > 0) {
    // "What about its lower fibres?": the part lights up, though its muscle is already selected.
    const reselects = named.part?.partId != null && source === 'selection';
    return answerSubjects(context, subjects, targets, reselects ? 'history' : source, part);
  }

  const places = targets.filter((t) => t.kind === 'region' || t.kind === 'bone');
  if (places.length > 0) return answerPlace(context, places);
  if (hasCameraWords(request)) return answerCamera(context);
  if (setupDone) return;
  if (intent.greeting) return sayGreeting(plan);
  if (intent.thanks) return sayThanks(plan);
  if (intent.help) return sayHelp(plan);
  answerUnknown(context);
}

// ─── Targets ────────────────────────────────────────────────────────────────

function targetsOf({ index, request, input }: PlanContext): Target[] {
  const targets: Target[] = [];
  // "Add the triceps" to the right biceps: the side the selection is on.
  const selectionSides = new Set(input.scene?.selection.map((s) => s.side) ?? []);
  const addSide: Side | null =
    request.intent.add && selectionSides.size === 1 ? (firstOf([...selectionSides]) ?? null) : null;
  // Words of names: "flexor digitorum profundus" picks no layer.
  const named = new Set<number>();
  consume(named, request.mentions);
  for (const mention of request.mentions.slice(0, MAX_TARGETS)) {
    // "Psoas minor" is not the psoas major; "the gluteus" is not one gluteal muscle.
    if (mention.unmatched !== undefined || ambiguousName(index, mention) !== null) continue;
    const side = mention.side ?? request.side ?? addSide ?? 'both';
    const corrected =
      mention.distance > 0 ? { written: mention.text, read: mention.matched } : undefined;
    const base = {
      side,
      span: { start: mention.start, end: mention.end },
      ...(corrected ? { corrected } : {}),
    };
    if (mention.kind === 'muscle') {
      const muscles = mention.ids.map((id) => index.muscle(id));
      const label =
        muscles.length === 1
          ? muscleLabel(firstOf(muscles), side)
          : `the ${side === 'both' ? '' : `${side} `}${joinList(muscles.map((m) => inSentence(m.name)))}`;
      targets.push({ kind: 'muscle', label, muscles, ...base });
    } else if (mention.kind === 'group') {
      // "The adductor part of the adductor magnus", "its hamstring part": a part of a muscle.
      if (
        PART_NOUNS.has(request.tokens[mention.end] ?? '') &&
        (namesMuscleToo(request.mentions) || request.intent.pronoun)
      )
        continue;
      const group = index.group(firstOf(mention.ids));
      const muscles = group.muscles.map((id) => index.muscle(id));
      targets.push({ kind: 'group', label: groupLabel(group, side), muscles, group, ...base });
    } else if (mention.kind === 'region') {
      // "Its long head", "which head is the long one": a muscle's head, not the head.
      if (mention.text.startsWith('head') && headOfMuscle(request.tokens, mention.start)) continue;
      // "The back part of it", "its upper fibres": a part of a muscle, not the region.
      if (PART_NOUNS.has(request.tokens[mention.end] ?? '')) continue;
      const region = index.region(firstOf(mention.ids));
      // "The deep muscles of the back", "the muscles right under the skin of the forearm": one
      // layer of the region's muscles.
      const layer = layerAsked(request.tokens, named);
      const wantsMuscles =
        mention.asMuscles ||
        layer !== null ||
        request.intent.tour ||
        request.intent.isolate ||
        request.intent.hide;
      const inRegion = index.catalog.muscles.filter((m) => m.region === region.id);
      const inLayer = layer === null ? inRegion : inRegion.filter((m) => m.layer === layer);
      const muscles = wantsMuscles ? musclesByDepth(inLayer.length > 0 ? inLayer : inRegion) : [];
      const label = `the ${side === 'both' ? '' : `${side} `}${layer !== null && inLayer.length > 0 && wantsMuscles ? `${layer} ` : ''}${inSentence(region.name)}${wantsMuscles ? ' muscles' : ''}`;
      const filtered = wantsMuscles && layer !== null && inLayer.length > 0;
      targets.push({
        kind: 'region',
        label,
        muscles,
        regionId: region.id,
        ...(filtered ? { layer } : {}),
        ...base,
      });
    } else {
      const bone = index.bone(firstOf(mention.ids));
      targets.push({
        kind: 'bone',
        label: `the ${inSentence(bone.name)}`,
        muscles: [],
        regionId: bone.region,
        boneId: bone.id,
        ...base,
      });
    }
  }
  return targets;
}

const namesMuscleToo = (mentions: readonly SidedMention[]): boolean =>
  mentions.some((m) => m.kind === 'muscle');

/** "It", "them": the referred muscles, named as their group when they are exactly one. */
function referentTarget(index: CatalogIndex, muscles: Muscle[], side: Side): Target {
  const group =
    muscles.length > 1
      ? groupMatching(
          index,
          muscles.map((m) => m.id),
        )
      : undefined;
  if (group !== undefined)
    return { kind: 'group', label: groupLabel(group, side), muscles, side, group };
  return {
    kind: 'muscle',
    label:
      muscles.length === 1
        ? muscleLabel(firstOf(muscles), side)
        : `the ${side === 'both' ? '' : `${side} `}${joinList(muscles.map((m) => inSentence(m.name)))}`,
    muscles,
    side,
  };
}

const layerOrder = { superficial: 0, intermediate: 1, deep: 2 } as const;
const musclesByDepth = (muscles: readonly Muscle[]): Muscle[] =>
  [...muscles].sort((a, b) => layerOrder[a.layer] - layerOrder[b.layer]);

const uniqueMuscles = (targets: readonly Target[]): Muscle[] => [
  ...new Map(targets.flatMap((t) => t.muscles).map((m) => [m.id, m])).values(),
];

const sideOf = (targets: readonly Target[]): Side => {
  const sides = new Set(targets.map((t) => t.side));
  return sides.size === 1 ? firstOf([...sides]) : 'both';
};

/** Whether a name reads as plural: "the hamstrings are", "the rotator cuff is", "the triceps surae is". */
const pluralName = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/[^a-z]+/)
    .some(
      (word) =>
        (word.endsWith('s') && !/(is|us|ps|as|ss)$/.test(word)) ||
        (word.length > 5 && word.endsWith('i')),
    );

const isPlural = (targets: readonly Target[]): boolean => {
  if (targets.length !== 1) return true;
  const target = firstOf(targets);
  if (target.kind === 'muscle') return target.muscles.length !== 1;
  if (target.kind === 'group') return pluralName(target.group?.name ?? target.label);
  return target.kind === 'region' && target.muscles.length > 0;
};

/** Longer than this, an answer is preceded by the muscle on screen (a paragraph or more). */
const LONG_ANSWER_CHARS = 400;

const isAre = (targets: readonly Target[]) => (isPlural(targets) ? 'are' : 'is');

const labelOf = (targets: readonly Target[]) => joinList(targets.map((t) => t.label));

function noteCorrections(plan: PlanBuilder, targets: readonly Target[]): void {
  const corrected = targets.flatMap((t) =>
    t.corrected ? [`“${t.corrected.written}” as ${t.label.replace(/^the /, '')}`] : [],
  );
  if (corrected.length === 0) return;
  plan.say(`(I read ${joinList(corrected)}.)`);
}

// ─── Leaving out: "the leg muscles except the calf" ─────────────────────

/**
 * "The leg muscles except the calf", "the arm without the biceps": what is named after the
 * exclusion word leaves what is named before it, and the rest is answered as one set of muscles
 * (the targets are rewritten in place). "Everything but the arms" brings every muscle back and
 * hides those. True when that answered the message.
 */
function leaveOut(context: PlanContext, targets: Target[], muscleTargets: Target[]): boolean {
  const { request, plan } = context;
  const cut = exclusionAt(request.tokens);
  if (cut < 0) return false;
  const after = muscleTargets.filter((t) => t.span !== undefined && t.span.start > cut);
  const before = muscleTargets.filter((t) => t.span !== undefined && t.span.end <= cut);
  if (after.length === 0) return false;
  // "Do not show the biceps" names nothing to leave it out of: a request to hide it.
  if (before.length === 0 && !request.intent.showAll) return false;
  const left = uniqueMuscles(after);
  // "With no biceps", "without the calf" name what is left out: no request to hide it.
  request.intent.hide = detectIntent(request.tokens.slice(0, cut), '').hide;
  if (before.length === 0) {
    plan.say(`I've brought every muscle back and hidden ${labelOf(after)}.`);
    const drawable = left.filter((m) => m.hasMesh);
    plan.act(
      { toolName: 'showAllMuscles', input: {} },
      ...(drawable.length > 0
        ? [
            {
              toolName: 'setMuscleVisibility' as const,
              input: { muscleIds: drawable.map((m) => m.id), visible: false, side: sideOf(after) },
            },
          ]
        : []),
    );
    return true;
  }
  const dropped = new Set(left.map((m) => m.id));
  const kept = uniqueMuscles(before).filter((m) => !dropped.has(m.id));
  const without = (list: Target[]) => list.filter((t) => !after.includes(t));
  // "Hide the biceps but not the triceps": nothing to take out of the biceps.
  if (kept.length === uniqueMuscles(before).length) {
    for (const list of [targets, muscleTargets]) list.splice(0, list.length, ...without(list));
    return false;
  }
  if (kept.length === 0) {
    plan.say(`Leaving out ${labelOf(after)} leaves nothing of ${labelOf(before)}.`);
    return true;
  }
  const first = firstOf(before);
  const merged: Target = {
    kind: 'muscle',
    label: `${labelOf(before)} without ${labelOf(after)}`,
    muscles: kept,
    side: first.side,
    ...(first.span ? { span: first.span } : {}),
  };
  for (const list of [targets, muscleTargets])
    list.splice(
      0,
      list.length,
      merged,
      ...list.filter((t) => !before.includes(t) && !after.includes(t)),
    );
  return false;
}

// ─── Setup: reset, clear, show all, layers, x-ray ─────────────────────────

function applySetup({ request, plan }: PlanContext, hasTargets: boolean): boolean {
  const { intent } = request;
  const done: string[] = [];
  const calls: PlannedToolCall[] = [];
  if (intent.reset) {
    done.push('reset the view');
    calls.push({ toolName: 'resetView', input: {} });
  }
  if (intent.clear && !(intent.remove && hasTargets) && !intent.reset) {
    done.push('cleared the selection');
    calls.push({ toolName: 'clearSelection', input: {} });
  }
  if (intent.showAll && !intent.reset && !(hasTargets && (intent.unhide || intent.isolate))) {
    done.push('brought every muscle back');
    calls.push({ toolName: 'showAllMuscles', input: {} });
  }
  for (const { layer, visible } of intent.layers) {
    if (layer === 'muscles' && hasTargets) continue;
    const name = layer === 'other' ? 'the other structures' : `the ${layer}`;
    done.push(`${visible ? 'shown' : 'hidden'} ${name}`);
    calls.push({ toolName: 'setLayerVisibility', input: { layer, visible } });
  }
  if (intent.xray !== null) {
    done.push(`turned x-ray ${intent.xray ? 'on' : 'off'}`);
    calls.push({ toolName: 'setXray', input: { enabled: intent.xray } });
  }
  if (calls.length === 0) return false;
  plan.say(`I've ${joinList(done)}.`);
  plan.act(...calls);
  if (intent.xray === true && !hasTargets) {
    plan.say('Unselected structures are translucent now, so deeper muscles show through.');
  }
  return true;
}

// ─── Showing muscles, with facts ──────────────────────────────────────────

function answerSubjects(
  context: PlanContext,
  subjects: readonly Target[],
  allTargets: readonly Target[],
  source: SubjectSource,
  part: NamedPart | null = null,
): void {
  const fromSelection = source === 'selection';
  // "And what nerve supplies them?" asks about the same muscles: it adds nothing.
  const add = context.request.intent.add && source === 'message';
  const { request, plan, input } = context;
  const { intent } = request;
  const all = uniqueMuscles(subjects);
  const drawable = all.filter((m) => m.hasMesh);
  const missing = all.filter((m) => !m.hasMesh);
  const kinds = intent.everything ? EVERY_FACT : factKinds(intent.facts, intent.count);
  const label = labelOf(subjects);

  if (drawable.length === 0) {
    const one = all.length === 1;
    plan.say(
      `${capitalize(label)} ${one ? 'is' : 'are'} not in this 3D model: the BodyParts3D data it is built from has no mesh for ${one ? 'it' : 'them'}, so there is nothing I can highlight.`,
    );
    plan.paragraph(factsText(context, subjects, kinds.length > 0 ? kinds : ['summary']));
    return;
  }

  const side = sideOf(subjects);
  const view = requestedView(context, side) ?? bestViewFor(drawable, side);
  const moveCamera = !(fromSelection && kinds.length > 0 && !hasCameraWords(request));
  const partIds = part?.partId ? [part.partId] : [];
  // "The biceps in blue and the triceps in red": one selection each, in its colour.
  const colors = colorsPerSubject(request.tokens, subjects);
  const selectionCalls = colors
    ? subjects.flatMap((subject, i) =>
        selectCalls([subject], i === 0 && !add ? 'replace' : 'add', colors[i] ?? null, partIds),
      )
    : selectCalls(subjects, add ? 'add' : 'replace', intent.color, partIds);
  const camera: PlannedToolCall = {
    toolName: 'setCameraView',
    input: { view, muscleIds: drawable.map((m) => m.id), side },
  };

  if (kinds.length > 0 && missing.length > 0 && !fromSelection) {
    const shown = shownTargets(subjects);
    plan.say(
      `Here ${isAre(shown)} ${labelOf(shown)}; ${joinList(missing.map((m) => `the ${inSentence(m.name)}`))} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model (no mesh in the data set).`,
    );
    plan.act(...selectionCalls);
    if (moveCamera) plan.act(camera);
    plan.paragraph(factsText(context, subjects, kinds));
  } else if (kinds.length === 1 && partnerKinds.has(firstOf(kinds)) && intent.show) {
    // "Show the antagonists of the tibialis anterior": the answer, and they light up.
    plan.say(factsText(context, subjects, kinds));
    const partners = partnerMuscles(
      context.index.catalog,
      all,
      firstOf(kinds) as 'antagonists' | 'synergists',
      request.action.pairs,
    ).filter((m) => m.hasMesh);
    if (partners.length === 0) return;
    const ids = partners.map((m) => m.id);
    const partnersView = requestedView(context, side) ?? bestViewFor(partners, side);
    plan.act(
      { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
      { toolName: 'setCameraView', input: { view: partnersView, muscleIds: ids, side } },
    );
    plan.paragraph(
      `${partners.length === 1 ? 'It is' : 'They are'} highlighted, seen ${viewPhrase(partnersView)}.`,
    );
  } else if (kinds.length > 0) {
    const answer =
      part !== null &&
      (part.byFact ||
        (intent.facts.every((k) => k === 'action' || k === 'origin' || k === 'summary') &&
          // "Where does it arise?" of a part the catalog's origin does not single out: the whole.
          (!intent.facts.includes('origin') || partOrigin(part) !== undefined)))
        ? partText(part)
        : factsText(context, subjects, kinds);
    // A long answer ("tell me everything about…") streams for many seconds: the muscle goes on
    // screen first, so the student reads it with the muscle in view.
    if (answer.length > LONG_ANSWER_CHARS && !fromSelection) {
      plan.say(`Here ${isAre(subjects)} ${labelOf(subjects)}, seen ${viewPhrase(view)}.`);
      plan.act(...selectionCalls);
      if (moveCamera) plan.act(camera);
      plan.paragraph(answer);
      return;
    }
    // A question: the answer first, then the muscle on screen.
    plan.say(answer);
    // "Which one is deepest?": the one named lights up, so "zoom in on that one" finds it.
    const picked = kinds.length === 1 && kinds[0] === 'layer' ? layerPicked(request, all) : [];
    if (picked.length > 0) {
      const ids = picked.map((m) => m.id);
      plan.act(
        { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
        {
          toolName: 'setCameraView',
          input: { view: bestViewFor(picked, side), muscleIds: ids, side },
        },
      );
      return;
    }
    if (fromSelection) {
      if (moveCamera) plan.act(camera);
      return;
    }
    plan.act(...selectionCalls);
    if (moveCamera) plan.act(camera);
    plan.paragraph(
      `${isPlural(subjects) ? 'They are' : 'It is'} highlighted, seen ${viewPhrase(view)}.`,
    );
  } else {
    const colorName =
      intent.color !== null && colors === null ? colorWord(intent.color) : undefined;
    // Say what is shown first, and in the same sentence what is not.
    const shown = missing.length > 0 ? shownTargets(subjects) : subjects;
    // "Here is the descending (upper) part of the left trapezius": the part is what lights up.
    const shownLabel = part?.partId
      ? `the ${part.part.name} of ${labelOf(shown)}`
      : colors
        ? joinList(subjects.map((t, i) => `${t.label} in ${colorWord(colors[i] ?? '')}`))
        : labelOf(shown);
    const verb = add
      ? `I've added ${shownLabel} to the selection`
      : `Here ${isAre(shown)} ${shownLabel}`;
    const absent =
      missing.length > 0
        ? `; ${joinList(missing.map((m) => `the ${inSentence(m.name)}`))} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model (no mesh in the data set)`
        : '';
    plan.say(
      missing.length > 0
        ? `${verb}${colorName ? ` in ${colorName}` : ''}${absent}. ${isPlural(shown) ? 'They are' : 'It is'} seen ${viewPhrase(view)}.`
        : `${verb}${colorName ? ` in ${colorName}` : ''}, seen ${viewPhrase(view)}.`,
    );
    plan.act(...selectionCalls);
    if (moveCamera) plan.act(camera);
    if (part !== null) {
      plan.paragraph(
        part.partId !== null
          ? partText(part)
          : `This model has no separate mesh for the ${part.part.name}, so the whole ${inSentence(part.muscle.name)} is highlighted. ${partText(part)}`,
      );
    } else plan.paragraph(overviewText(context, shown));
  }

  if (drawable.every((m) => m.layer === 'deep') && !(input.scene?.xray ?? false)) {
    plan.say(
      // The viewer fades what covers a selected muscle on its own; x-ray is the stronger tool.
      `${drawable.length === 1 ? 'It lies' : 'They lie'} deep, under other muscles: the view fades what covers ${drawable.length === 1 ? 'it' : 'them'}, and “x-ray on” shows through everything.`,
    );
  }
  const bones = allTargets.filter((t) => t.kind === 'bone');
  if (bones.length > 0)
    plan.paragraph(
      `${capitalize(labelOf(bones))} ${bones.length === 1 ? 'is a bone' : 'are bones'}: I can highlight muscles, not bones.`,
    );
}

const colorWord = (hex: string): string | undefined =>
  Object.keys(highlightColors).find((k) => highlightColors[k] === hex);

/**
 * The colour each subject is asked in, by the colour word after its name ("the biceps blue and
 * the triceps red"); null unless every subject has one and they are not all the same.
 */
function colorsPerSubject(tokens: readonly string[], subjects: readonly Target[]): string[] | null {
  if (subjects.length < 2) return null;
  const colors = subjects.map((subject, i) => {
    if (subject.span === undefined) return undefined;
    const end = subjects[i + 1]?.span?.start ?? tokens.length;
    return tokens
      .slice(subject.span.end, end)
      .map((t) => highlightColors[t])
      .find((c) => c !== undefined);
  });
  const known = colors.filter((c): c is string => c !== undefined);
  return known.length === subjects.length && new Set(known).size > 1 ? known : null;
}

function selectCalls(
  subjects: readonly Target[],
  mode: 'replace' | 'add',
  color: string | null,
  partIds: readonly string[] = [],
): PlannedToolCall[] {
  const bySide = new Map<Side, string[]>();
  for (const target of subjects) {
    const ids = bySide.get(target.side) ?? [];
    bySide.set(target.side, ids);
    for (const muscle of target.muscles)
      if (muscle.hasMesh && !ids.includes(muscle.id)) ids.push(muscle.id);
  }
  return [...bySide.entries()]
    .filter(([, ids]) => ids.length > 0)
    .map(([side, ids], i) => ({
      toolName: 'selectMuscles',
      input: {
        muscleIds: ids,
        side,
        mode: i === 0 ? mode : 'add',
        ...(color !== null ? { color } : {}),
        ...(partIds.length > 0 ? { partIds: [...partIds] } : {}),
      },
    }));
}

/** Specific facts replace the general ones: "where does it insert?" is not also "where is it?". */
/** "Tell me everything about it": what it is, then each fact the catalog keeps. */
const EVERY_FACT: FactKind[] = [
  'summary',
  'origin',
  'insertion',
  'action',
  'innervation',
  'blood',
  'layer',
];

function factKinds(asked: readonly FactKind[], count: boolean): FactKind[] {
  const kinds = [...asked];
  if (count && !kinds.includes('members')) kinds.push('members');
  const specific = kinds.filter((k) => k !== 'location' && k !== 'summary');
  // "Where does it insert?" asks only the attachment; "where is it and what does it do" both.
  const attachment = specific.every((k) => k === 'origin' || k === 'insertion');
  if (specific.length > 0)
    return kinds.includes('location') && !attachment ? ['location', ...specific] : specific;
  // "Tell me about the soleus": what it is, what it does, and its nerve.
  return kinds.includes('summary') ? [...kinds, 'action', 'innervation'] : kinds;
}

function overviewText(context: PlanContext, subjects: readonly Target[]): string {
  const { index } = context;
  return subjects
    .map((target) => {
      if (target.kind === 'group' && target.group !== undefined)
        return withoutModelRemark(target.group.description);
      if (target.kind === 'region') {
        const inModel = target.muscles.filter((m) => m.hasMesh).length;
        const kind = target.layer !== undefined ? `${target.layer} muscles` : 'muscles';
        const listed =
          target.layer !== undefined
            ? `: the ${joinList(target.muscles.map((m) => inSentence(m.name)))}`
            : '';
        return `The catalog lists ${target.muscles.length} ${kind} in the ${inSentence(index.region(target.regionId ?? '').name)}${listed}; ${inModel === target.muscles.length ? 'all' : inModel} of them are in this 3D model.`;
      }
      if (target.muscles.length === 1)
        return introduce(target.label, firstOf(target.muscles).summary);
      // Ten descriptions in a row are a page to scroll: names, and an offer.
      if (target.muscles.length > MAX_NAMED_SHOWN)
        return `They are the ${joinList(target.muscles.map((m) => inSentence(m.name)))}. Ask me about any of them: what it does, where it attaches, which nerve supplies it.`;
      return target.muscles
        .map((m) => `${capitalize(inSentence(m.name))}: ${withoutModelRemark(m.summary)}`)
        .join('\n\n');
    })
    .join('\n\n');
}

function missingText(missing: readonly Muscle[], subjects: readonly Target[]): string {
  const names = joinList(missing.map((m) => `the ${inSentence(m.name)}`));
  const whole =
    subjects.length === 1 && firstOf(subjects).kind !== 'muscle'
      ? ` ${firstOf(subjects).label.replace(/^the /, 'the ')}`
      : '';
  return `${capitalize(names)} ${missing.length === 1 ? 'is' : 'are'} ${whole ? `part of${whole} but ` : ''}not in this 3D model (no mesh in the data set), so ${missing.length === 1 ? 'it is' : 'they are'} not highlighted.`;
}

// ─── Facts ────────────────────────────────────────────────────────────────

const factOrder: FactKind[] = [
  'members',
  'origin',
  'insertion',
  'action',
  'innervation',
  'roots',
  'blood',
  'antagonists',
  'synergists',
  'location',
  'layer',
  'summary',
];

function factsText(
  context: PlanContext,
  subjects: readonly Target[],
  kinds: readonly FactKind[],
): string {
  // What it is, or where, comes first when asked; then the catalog's order.
  const first = (['summary', 'location'] as const).filter((k) => kinds.includes(k));
  const ordered = [
    ...first,
    ...factOrder.filter((k) => !(first as readonly FactKind[]).includes(k) && kinds.includes(k)),
  ];
  return subjects
    .map((target) => {
      if (target.kind === 'group' || target.kind === 'region' || target.muscles.length > 1) {
        const partners = ordered.filter((k) => k === 'antagonists' || k === 'synergists');
        const rest = ordered.filter((k) => k !== 'antagonists' && k !== 'synergists');
        return [
          rest.length > 0 ? collectionFacts(target, rest) : '',
          ...partners.map((kind) =>
            partnersText(
              context.index.catalog,
              target.muscles,
              target.label,
              kind as 'antagonists' | 'synergists',
              context.request.action.pairs,
            ),
          ),
        ]
          .filter((text) => text !== '')
          .join('\n\n');
      }
      const muscle = firstOf(target.muscles);
      // Named once, then "it": "The soleus is supplied by… It plantarflexes…".
      const sentences: string[] = [];
      for (const kind of withoutRepeatedNerve(ordered, muscle)) {
        const label = sentences.length === 0 || kind === 'summary' ? target.label : 'it';
        const text = muscleFact(context, muscle, label, kind);
        if (text !== '') sentences.push(text);
      }
      return sentences.join(' ');
    })
    .join('\n\n');
}

/**
 * "What nerve supplies it and what are its roots": one sentence names both. The nerve sentence
 * carries the roots when the catalog has them; the roots sentence names the nerve when it has not.
 */
function withoutRepeatedNerve(kinds: readonly FactKind[], muscle?: Muscle): FactKind[] {
  if (!kinds.includes('innervation') || !kinds.includes('roots')) return [...kinds];
  const drop: FactKind = muscle === undefined || muscle.roots ? 'roots' : 'innervation';
  return kinds.filter((k) => k !== drop);
}

function muscleFact(context: PlanContext, muscle: Muscle, label: string, kind: FactKind): string {
  const { index } = context;
  const Label = capitalize(label);
  const multipart = (text: string) => /\b[A-Z][a-z]+( [a-z]+)?( head| part| belly)?: /.test(text);
  switch (kind) {
    case 'origin':
      return multipart(muscle.origin)
        ? `${Label} arises in parts. ${sentence(muscle.origin)}`
        : `${Label} arises from ${asObject(muscle.origin)}.`;
    case 'insertion':
      return multipart(muscle.insertion)
        ? `${Label} inserts in parts. ${sentence(muscle.insertion)}`
        : `${Label} inserts on ${asObject(muscle.insertion)}.`;
    case 'innervation': {
      const roots = muscle.roots ? ` (nerve roots ${muscle.roots})` : '';
      return multipart(muscle.innervation)
        ? `${Label} has more than one nerve supply. ${sentence(muscle.innervation)}${roots ? ` Roots: ${muscle.roots}.` : ''}`
        : `${Label} is supplied by ${asObject(muscle.innervation)}${roots}.`;
    }
    case 'roots':
      return muscle.roots
        ? `${Label} takes its nerve supply from roots ${muscle.roots}, through ${asObject(muscle.innervation)}.`
        : `The catalog does not record nerve roots for ${label}; it is supplied by ${asObject(muscle.innervation)}.`;
    case 'blood':
      return muscle.bloodSupply
        ? `${Label} gets its blood from ${asObject(muscle.bloodSupply)}.`
        : `The catalog has no blood supply recorded for ${label}.`;
    case 'action': {
      const prime = muscle.actions.filter((a) => a.role !== 'assist');
      const assist = muscle.actions.filter((a) => a.role === 'assist');
      const main = prime.length > 0 ? `${Label} ${listActions(prime)}.` : '';
      const helps =
        assist.length > 0
          ? `${prime.length > 0 ? 'It also helps' : `${Label} helps`}: it ${listActions(assist)}.`
          : '';
      return `${main} ${helps}`.trim();
    }
    case 'location': {
      const region = index.region(muscle.region);
      const place = `${Label} lies in the ${inSentence(region.name)}${muscle.compartment ? ` (${inSentence(muscle.compartment)})` : ''}, in the ${muscle.layer} layer.`;
      // A region's name alone ("the hip and buttock" for the psoas) is a poor "where": the
      // catalog's description says what it lies beside and runs between.
      if (context.request.intent.facts.includes('summary')) return place;
      return `${place} ${describeAsIt(muscle.summary)}`.trim();
    }
    case 'summary':
      return introduce(label, muscle.summary);
    case 'members': {
      const groups = muscle.groups.map((id) => groupLabel(index.group(id)));
      return groups.length > 0 ? `${Label} belongs to ${joinList(groups)}.` : '';
    }
    case 'layer':
      return `${Label} lies in the ${muscle.layer} layer${muscle.layer === 'deep' ? ', under other muscles' : ''}.`;
    case 'antagonists':
    case 'synergists':
      return partnersText(index.catalog, [muscle], label, kind, context.request.action.pairs);
  }
}

/** A catalog summary as a sentence about "it" ("It is a long thick muscle beside…"), or ''. */
function describeAsIt(summary: string): string {
  const text = withoutModelRemark(summary);
  if (/^(A|An|The) [a-z]/.test(text)) return `It is ${inSentence(text)}`;
  // "Lies under biceps and is…"
  if (/^[A-Z][a-z]+s\b/.test(text)) return `It ${inSentence(text)}`;
  return '';
}

function collectionFacts(target: Target, kinds: readonly FactKind[]): string {
  const { muscles } = target;
  const parts: string[] = [];
  if (kinds.includes('members') || kinds.includes('summary') || kinds.includes('location')) {
    parts.push(
      target.kind === 'region'
        ? `The catalog lists ${numberWord(muscles.length)} muscles in ${target.label.replace(/ muscles$/, '')}: ${joinList(muscles.map((m) => inSentence(m.name)))}.`
        : `${capitalize(target.label)} ${pluralName(target.group?.name ?? '') ? 'are' : 'is made of'} ${numberWord(muscles.length)} muscle${muscles.length === 1 ? '' : 's'}: ${joinList(muscles.map((m) => inSentence(m.name)))}.`,
    );
    if (target.group !== undefined) parts.push(withoutModelRemark(target.group.description));
  }
  if (kinds.includes('layer')) parts.push(layersText(target));
  const detail = withoutRepeatedNerve(kinds).filter(
    (k) => k !== 'members' && k !== 'summary' && k !== 'location' && k !== 'layer',
  );
  if (detail.length > 0) {
    const lines = muscles.slice(0, MAX_LISTED).map((m) => {
      const facts = detail.map((kind) => shortFact(m, kind)).join('; ');
      return `- ${capitalize(inSentence(m.name))}: ${facts}${m.hasMesh ? '' : ' (not in this 3D model)'}`;
    });
    const rest = muscles.length - MAX_LISTED;
    parts.push(
      `${capitalize(joinList(detail.map(factName)))} of ${target.label}, from the catalog:\n${lines.join('\n')}${rest > 0 ? `\n- and ${rest} more` : ''}`,
    );
  }
  return parts.join('\n\n');
}

const factName = (kind: FactKind): string =>
  ({
    origin: 'origins',
    insertion: 'insertions',
    innervation: 'nerve supply',
    roots: 'nerve roots',
    blood: 'blood supply',
    action: 'actions',
    location: 'location',
    summary: 'summary',
    members: 'members',
    layer: 'layers',
    antagonists: 'antagonists',
    synergists: 'synergists',
  })[kind];

/**
 * "Which one is deepest", "which of them is superficial": the muscles of that end of the layers,
 * among several that lie at different depths; none when the question picks no one.
 */
function layerPicked(request: ParsedRequest, muscles: readonly Muscle[]): Muscle[] {
  const picks = request.tokens.some((t) => t === 'which' || t === 'what');
  const layers = new Set(muscles.map((m) => m.layer));
  if (!picks || layers.size < 2) return [];
  const wanted = layerAsked(request.tokens) === 'superficial' ? 'superficial' : 'deep';
  const depth = (m: Muscle) => layerOrder[m.layer];
  const target =
    wanted === 'deep' ? Math.max(...muscles.map(depth)) : Math.min(...muscles.map(depth));
  return muscles.filter((m) => depth(m) === target && m.hasMesh);
}

/** "Of the quadriceps femoris, superficial: …; deep: vastus intermedius (the deepest)." */
function layersText(target: Target): string {
  const byLayer = (['superficial', 'intermediate', 'deep'] as const)
    .map((layer) => ({
      layer,
      names: target.muscles.filter((m) => m.layer === layer).map((m) => inSentence(m.name)),
    }))
    .filter((entry) => entry.names.length > 0);
  const parts = byLayer.map(
    ({ layer, names }) => `the ${joinList(names)} ${names.length === 1 ? 'is' : 'are'} ${layer}`,
  );
  const deepest = byLayer.at(-1);
  const lead =
    deepest !== undefined && byLayer.length > 1
      ? ` The deepest ${deepest.names.length === 1 ? 'is' : 'are'} the ${joinList(deepest.names)}.`
      : '';
  return `In ${target.label}, ${parts.join('; ')}.${lead}`;
}

function shortFact(muscle: Muscle, kind: FactKind): string {
  switch (kind) {
    case 'origin':
      return muscle.origin;
    case 'insertion':
      return muscle.insertion;
    case 'innervation':
      return `${muscle.innervation}${muscle.roots ? ` (${muscle.roots})` : ''}`;
    case 'roots':
      return muscle.roots ?? 'roots not recorded';
    case 'blood':
      return muscle.bloodSupply ?? 'not recorded';
    case 'action':
      return describeActions(muscle.actions);
    default:
      return withoutModelRemark(muscle.summary);
  }
}

/** Up to six names, then "and N more". */
const shortList = (names: readonly string[]): string =>
  names.length <= 6
    ? joinList(names)
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;

// ─── Movements ────────────────────────────────────────────────────────────

function answerActionQuery(
  context: PlanContext,
  pairs: readonly ActionPair[],
  regions: readonly Target[],
  leftOut: ReadonlySet<string> = new Set(),
): void {
  const { index, plan, request } = context;
  if (request.activity !== null)
    plan.say(
      `When ${request.activity.name}, you mainly ${joinList(pairs.map((p) => actionPhrase(p, 'base')))}.`,
    );
  if (leftOut.size > 0)
    plan.say(
      `${request.activity !== null ? ' ' : ''}Leaving out the ${joinList([...leftOut].map((id) => inSentence(index.muscle(id).name)))}.`,
    );
  // "What stops my foot from slapping": a region inside an activity's phrase, not a limit. When
  // no movement of the activity has a muscle there, the region does not narrow the answer.
  const named = new Set(regions.map((r) => r.regionId));
  const narrows =
    request.activity === null ||
    pairs.some((pair) =>
      findMusclesByAction(index.catalog, pair.joint, pair.movement, { includeAssist: true }).some(
        (m) => named.has(m.muscle.region),
      ),
    );
  const regionIds = narrows ? named : new Set<string | undefined>();
  const inRegion = (m: Muscle) =>
    (regionIds.size === 0 || regionIds.has(m.region)) && !leftOut.has(m.id);
  const primes: Muscle[] = [];
  const assists: Muscle[] = [];
  const notes: string[] = [];
  const sentences: string[] = [];
  for (const pair of pairs) {
    const matches = findMusclesByAction(index.catalog, pair.joint, pair.movement, {
      includeAssist: true,
    }).filter((m) => inRegion(m.muscle));
    const prime = matches.filter((m) => m.action.role !== 'assist');
    const assist = matches.filter((m) => m.action.role === 'assist');
    const where =
      regionIds.size > 0
        ? ` in the ${joinList(regions.map((r) => inSentence(index.region(r.regionId ?? '').name)))}`
        : '';
    if (prime.length === 0 && assist.length === 0) {
      const other = leftOut.size > 0 ? 'other ' : '';
      sentences.push(
        `The catalog lists no ${other}muscle${where} that can ${actionPhrase(pair, 'base')}.`,
      );
      continue;
    }
    const leaders = prime.length > 0 ? prime : assist;
    const names = leaders.map((m) => inSentence(m.muscle.name));
    const group = groupMatching(
      index,
      leaders.map((m) => m.muscle.id),
    );
    const groupNote = group ? ` (${groupLabel(group)})` : '';
    sentences.push(
      prime.length > 0
        ? `To ${actionPhrase(pair, 'base')}, the catalog's prime mover${prime.length === 1 ? '' : 's'}${where} ${prime.length === 1 ? 'is' : 'are'} the ${joinList(names)}${groupNote}.`
        : `No muscle${where} is a prime mover for that in the catalog, but these help to ${actionPhrase(pair, 'base')}: the ${joinList(names)}.`,
    );
    for (const match of leaders) {
      if (!primes.includes(match.muscle)) primes.push(match.muscle);
      if (match.action.note)
        notes.push(`${capitalize(inSentence(match.muscle.name))}: ${match.action.note}.`);
    }
    if (prime.length > 0)
      for (const match of assist) if (!assists.includes(match.muscle)) assists.push(match.muscle);
  }
  const drawable = primes.filter((m) => m.hasMesh);
  const missing = primes.filter((m) => !m.hasMesh);
  const names = (muscles: readonly Muscle[]) => joinList(muscles.map((m) => inSentence(m.name)));
  plan.say(sentences.join(' '));
  if (drawable.length === 0) {
    if (missing.length > 0) {
      plan.paragraph(
        `${missing.length === 1 ? 'It is not' : 'None of them is'} in this 3D model (no mesh in the data set), so there is nothing I can highlight.`,
      );
    }
    return;
  }
  const side = request.side ?? 'both';
  const view = requestedView(context, side) ?? bestViewFor(drawable, side);
  // What is shown, and in the same sentence what is not.
  plan.say(
    missing.length === 0
      ? `Here ${drawable.length === 1 ? 'it is' : 'they are'}, seen ${viewPhrase(view)}.`
      : `Here ${drawable.length === 1 ? 'is' : 'are'} the ${names(drawable)}, seen ${viewPhrase(view)}; the ${names(missing)} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model.`,
  );
  plan.act(
    {
      toolName: 'selectMuscles',
      input: { muscleIds: drawable.map((m) => m.id), side, mode: 'replace' },
    },
    { toolName: 'setCameraView', input: { view, muscleIds: drawable.map((m) => m.id), side } },
  );
  if (notes.length > 0) plan.paragraph(notes.join(' '));
  if (assists.length > 0) {
    plan.paragraph(
      `Helping ${primes.length === 1 ? 'it' : 'them'} (assisting, not highlighted): the ${shortList(assists.map((m) => inSentence(m.name)))}.`,
    );
  }
}

function answerActionCheck(
  context: PlanContext,
  subjects: readonly Target[],
  pairs: readonly ActionPair[],
): void {
  const { plan, request } = context;
  const { activity } = request;
  const lines: string[] = [];
  for (const target of subjects) {
    for (const muscle of target.muscles.slice(0, MAX_LISTED)) {
      const Label = capitalize(muscleLabel(muscle));
      // "Does the gluteus maximus work in squats?": yes for the movements of it that it does.
      const acts = (pair: ActionPair) =>
        muscle.actions.some((a) => a.joint === pair.joint && a.movement === pair.movement);
      if (activity !== null && pairs.some(acts)) {
        const doing = pairs.filter(acts);
        lines.push(
          `Yes: when ${activity.name}, ${muscleLabel(muscle)} helps to ${joinList(doing.map((p) => actionPhrase(p, 'base')))}.`,
        );
        continue;
      }
      for (const pair of pairs) {
        const found = muscle.actions.find(
          (a) => a.joint === pair.joint && a.movement === pair.movement,
        );
        const note = found?.note ? ` (${found.note})` : '';
        if (found === undefined) {
          lines.push(
            `No: the catalog does not list ${muscleLabel(muscle)} among the muscles that ${actionPhrase(pair, 'base')}. ${Label} ${describeActions(muscle.actions)}.`,
          );
        } else if (found.role === 'assist') {
          lines.push(
            `Yes, as a helper: ${muscleLabel(muscle)} assists to ${actionPhrase(pair, 'base')}${note}; it is not a prime mover for it.`,
          );
        } else {
          lines.push(
            `Yes: ${muscleLabel(muscle)} ${actionPhrase(pair, 'third')}${note}, as a prime mover.`,
          );
        }
      }
    }
  }
  plan.say(lines.slice(0, MAX_LISTED).join(' '));
  const drawable = uniqueMuscles(subjects).filter((m) => m.hasMesh);
  if (drawable.length === 0) {
    plan.paragraph(
      `${capitalize(labelOf(subjects))} ${subjects.length === 1 && firstOf(subjects).muscles.length === 1 ? 'is' : 'are'} not in this 3D model, so I can't highlight ${subjects.length === 1 && firstOf(subjects).muscles.length === 1 ? 'it' : 'them'}.`,
    );
    return;
  }
  const side = sideOf(subjects);
  const view = requestedView(context, side) ?? bestViewFor(drawable, side);
  plan.act(...selectCalls(subjects, 'replace', null), {
    toolName: 'setCameraView',
    input: { view, muscleIds: drawable.map((m) => m.id), side },
  });
}

/** A group whose members are exactly these muscles ("the quadriceps femoris"), if there is one. */
function groupMatching(index: CatalogIndex, ids: readonly string[]): MuscleGroup | undefined {
  const wanted = new Set(ids);
  return index.catalog.groups.find(
    (g) => g.muscles.length === wanted.size && g.muscles.every((id) => wanted.has(id)),
  );
}

// ─── Tours ────────────────────────────────────────────────────────────────

function answerTour(context: PlanContext, subjects: readonly Target[]): void {
  const { plan } = context;
  const muscles = uniqueMuscles(subjects);
  const drawable = muscles.filter((m) => m.hasMesh);
  const missing = muscles.filter((m) => !m.hasMesh);
  const label = labelOf(subjects);
  if (drawable.length === 0) {
    plan.say(
      `${capitalize(label)} ${muscles.length === 1 ? 'is' : 'are'} not in this 3D model (no mesh in the data set), so I can't give a tour of ${muscles.length === 1 ? 'it' : 'them'}.`,
    );
    plan.paragraph(factsText(context, subjects, ['summary']));
    return;
  }
  const side = sideOf(subjects);
  const single =
    drawable.length === 1 && subjects.length === 1 && firstOf(subjects).kind === 'muscle';
  const steps = single
    ? singleMuscleSteps(context, firstOf(drawable), side)
    : collectionSteps(context, subjects, drawable, side);
  const title = `Tour: ${capitalize(label.replace(/^the /, ''))}`.slice(0, 200);
  plan.say(
    single
      ? `Here's a guided tour of ${label} in ${numberWord(steps.length)} stops: overview, origin, insertion, actions and nerve supply.`
      : `Here's a guided tour of ${label}: an overview, then ${numberWord(steps.length - 1)} stop${steps.length === 2 ? '' : 's'}, one muscle at a time, from the ${inSentence(firstOf(drawable).name)} to the ${inSentence(lastOf(drawable.slice(0, MAX_TOUR_STOPS)).name)}.`,
  );
  plan.act({ toolName: 'startTour', input: { title, steps } });
  plan.say(
    'Each stop highlights the muscle, turns the camera to it and shows a caption from the catalog.',
  );
  if (drawable.length > MAX_TOUR_STOPS)
    plan.say(`The tour covers the first ${MAX_TOUR_STOPS} of ${drawable.length} muscles.`);
  if (missing.length > 0) {
    plan.paragraph(
      `The ${joinList(missing.map((m) => inSentence(m.name)))} ${missing.length === 1 ? 'is' : 'are'} part of ${label} but not in this 3D model, so the tour skips ${missing.length === 1 ? 'it' : 'them'}.`,
    );
  }
}

type TourStepInput = Extract<PlannedToolCall, { toolName: 'startTour' }>['input']['steps'][number];

const tourDuration = (caption: string) =>
  Math.min(12_000, Math.max(4000, Math.round(caption.length * 60)));
const caption = (text: string) =>
  text.length <= 600 ? text : `${text.slice(0, 597).replace(/\s+\S*$/, '')}…`;

function collectionSteps(
  context: PlanContext,
  subjects: readonly Target[],
  drawable: readonly Muscle[],
  side: Side,
): TourStepInput[] {
  const overview = caption(
    subjects.length === 1 && firstOf(subjects).group !== undefined
      ? withoutModelRemark(firstOf(subjects).group?.description ?? '')
      : overviewText(context, subjects),
  );
  const ids = drawable.map((m) => m.id);
  const steps: TourStepInput[] = [
    {
      caption: overview,
      muscleIds: ids,
      side,
      view: bestViewFor(drawable, side),
      durationMs: tourDuration(overview),
    },
  ];
  for (const muscle of drawable.slice(0, MAX_TOUR_STOPS)) {
    const text = caption(`${muscle.name}: ${withoutModelRemark(muscle.summary)}`);
    steps.push({
      caption: text,
      muscleIds: [muscle.id],
      side,
      view: bestViewFor([muscle], side),
      durationMs: tourDuration(text),
    });
  }
  return steps;
}

function singleMuscleSteps(context: PlanContext, muscle: Muscle, side: Side): TourStepInput[] {
  const view = bestViewFor([muscle], side);
  const label = muscleLabel(muscle);
  const texts = [
    `${muscle.name}: ${withoutModelRemark(muscle.summary)}`,
    muscleFact(context, muscle, label, 'origin'),
    muscleFact(context, muscle, label, 'insertion'),
    muscleFact(context, muscle, label, 'action'),
    muscleFact(context, muscle, label, 'innervation'),
  ];
  return texts.map((text) => {
    const c = caption(text);
    return { caption: c, muscleIds: [muscle.id], side, view, durationMs: tourDuration(c) };
  });
}

// ─── Visibility: isolate, hide, show again, deselect ─────────────────────

function answerVisibility(context: PlanContext, subjects: readonly Target[]): void {
  const { plan, request } = context;
  const { intent } = request;
  const all = uniqueMuscles(subjects);
  const drawable = all.filter((m) => m.hasMesh);
  const missing = all.filter((m) => !m.hasMesh);
  const label = labelOf(subjects);
  const side = sideOf(subjects);
  const ids = drawable.map((m) => m.id);
  if (drawable.length === 0) {
    plan.say(
      `${capitalize(label)} ${all.length === 1 ? 'is' : 'are'} not in this 3D model (no mesh in the data set), so there is nothing to ${intent.isolate ? 'isolate' : intent.remove ? 'deselect' : intent.unhide ? 'show' : 'hide'}.`,
    );
    return;
  }
  const one = drawable.length === 1;
  if (intent.remove) {
    plan.say(`I've taken ${label} out of the selection.`);
    plan.act({ toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'remove' } });
  } else if (intent.isolate) {
    const view = requestedView(context, side) ?? bestViewFor(drawable, side);
    const shown = missing.length > 0 ? shownTargets(subjects) : subjects;
    const absent =
      missing.length > 0
        ? `; ${joinList(missing.map((m) => `the ${inSentence(m.name)}`))} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model`
        : '';
    plan.say(
      `Here ${isAre(shown)} ${labelOf(shown)} on ${isAre(shown) === 'is' ? 'its' : 'their'} own, seen ${viewPhrase(view)}${absent}. Every other muscle is hidden.`,
    );
    plan.act(
      { toolName: 'isolateMuscles', input: { muscleIds: ids, side } },
      { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
      { toolName: 'setCameraView', input: { view, muscleIds: ids, side } },
    );
    plan.say('Say “show everything” to bring the rest back.');
    return;
  } else if (intent.unhide && !intent.hide) {
    plan.say(`${capitalize(label)} ${one ? 'is' : 'are'} visible again.`);
    plan.act({ toolName: 'setMuscleVisibility', input: { muscleIds: ids, visible: true, side } });
  } else {
    plan.say(`I've hidden ${label}, so you can see what lies underneath.`);
    plan.act({ toolName: 'setMuscleVisibility', input: { muscleIds: ids, visible: false, side } });
    plan.say(`Say “show everything” to bring ${one ? 'it' : 'them'} back.`);
  }
  if (missing.length > 0) plan.paragraph(missingText(missing, subjects));
}

// ─── Places and the camera ────────────────────────────────────────────────

const MOVE_WORDS = new Set(['move', 'moves', 'moving', 'moved']);

function answerPlace(context: PlanContext, places: readonly Target[]): void {
  const { index, plan, request } = context;
  const place = firstOf(places);
  const region = index.region(place.regionId ?? '');
  const view = requestedView(context, place.side);
  const regionName = inSentence(region.name);
  // "Which muscles attach to the humerus", "what inserts on the calcaneus".
  // "What moves the shoulder blade": a muscle moves the bone it inserts on.
  const asksMovers = request.tokens.some((t) => MOVE_WORDS.has(t));
  const end = attachmentEndAsked(request.intent.facts) ?? (asksMovers ? 'insertion' : null);
  const asksMuscles = request.tokens.some((t) => t === 'muscle' || t === 'muscles');
  if (place.kind === 'bone' && place.boneId !== undefined && (end !== null || asksMuscles))
    return answerBoneAttachments(
      plan,
      index.catalog.muscles,
      index.bone(place.boneId),
      end ?? 'either',
      place.side,
      view,
    );
  if (place.kind === 'bone') {
    plan.say(
      `${capitalize(place.label)} is a bone: I can highlight muscles, not bones, so here is the ${regionName}, where it lies${view ? `, seen ${viewPhrase(view)}` : ''}.`,
    );
  } else {
    const zoom = request.view.zoom === 'in' ? 'Zooming in on' : 'Here is';
    plan.say(`${zoom} the ${regionName}${view ? `, seen ${viewPhrase(view)}` : ''}.`);
  }
  plan.act({
    toolName: 'setCameraView',
    input: { ...(view ? { view } : {}), region: region.id, side: place.side },
  });
  const count = index.catalog.muscles.filter((m) => m.region === region.id).length;
  if (place.kind === 'region') {
    plan.say(
      `The catalog lists ${count} muscles there; say “show me the ${regionName} muscles” to highlight them.`,
    );
  }
}

function answerCamera(context: PlanContext): void {
  const { plan, request, input, index } = context;
  const { view: words } = request;
  const referents = findReferents(index, input.scene, []);
  const side = request.side ?? referents?.side ?? 'both';
  const focus = referents?.muscles.filter((m) => m.hasMesh) ?? [];
  const focusSide = referents?.side ?? side;
  const focusTarget = referents ? referentTarget(index, referents.muscles, referents.side) : null;
  const focusLabel = focusTarget?.label ?? '';
  // "The rotator cuff is", "the biceps and the triceps are": the verb agrees with the label.
  const focusIs = focusTarget ? isAre([focusTarget]) : 'is';

  if (words.zoom === 'out') {
    const view = requestedView(context, side) ?? input.scene?.view ?? 'anterior';
    // "Zoom out a bit" from a muscle: its region, the camera's next frame out; then the body.
    const region = words.small ? regionAround(focus) : null;
    const regionName = region === null ? '' : `the ${inSentence(index.region(region).name)}`;
    if (region !== null && !zoomedOutTo(input.history, regionName)) {
      plan.say(
        `Zooming out a little to ${regionName}, seen ${viewPhrase(view)}; say “zoom out” again for the whole body.`,
      );
      plan.act({ toolName: 'setCameraView', input: { view, region, side: focusSide } });
      return;
    }
    // The camera frames muscles, a region or the whole body: no smaller step is left.
    plan.say(
      `Zooming out to the whole body, seen ${viewPhrase(view)}${words.small ? ': the camera frames a muscle, a region or the whole body, and the whole body is the next step out' : ''}.`,
    );
    plan.act({ toolName: 'setCameraView', input: { view } });
    return;
  }
  const view = requestedView(context, side);
  if (words.zoom === 'in' && view === null) {
    if (focus.length === 0) {
      plan.say(
        'What should I zoom in on? Name a muscle or a region (“zoom in on the shoulder”), or select a muscle first.',
      );
      return;
    }
    plan.say(`Zooming in on ${focusLabel}.`);
    plan.act({
      toolName: 'setCameraView',
      input: { muscleIds: focus.map((m) => m.id), side: focusSide },
    });
    return;
  }
  if (view === null) {
    if (focus.length > 0) {
      plan.say(`Here ${focusIs} ${focusLabel}.`);
      plan.act({
        toolName: 'setCameraView',
        input: { muscleIds: focus.map((m) => m.id), side: focusSide },
      });
      return;
    }
    plan.say(
      'Which way should I turn? Try “from behind”, “from the left”, “from above” or “zoom out”.',
    );
    return;
  }
  const turning = words.flip
    ? 'Turning around: here'
    : words.step === 'eighth'
      ? 'Turning a little: here'
      : words.step === 'quarter'
        ? 'Turning a quarter of the way round: here'
        : 'Here';
  if (focus.length > 0) {
    plan.say(`${turning} ${focusIs} ${focusLabel}, seen ${viewPhrase(view)}.`);
    plan.act({
      toolName: 'setCameraView',
      input: { view, muscleIds: focus.map((m) => m.id), side: focusSide },
    });
  } else {
    plan.say(`${turning} is the body, seen ${viewPhrase(view)}.`);
    plan.act({ toolName: 'setCameraView', input: { view } });
  }
}

/** The one region the muscles lie in, or null when none or several. */
function regionAround(muscles: readonly Muscle[]): Region | null {
  const regions = new Set(muscles.map((m) => m.region));
  const [region] = regions;
  return regions.size === 1 && region !== undefined ? region : null;
}

/** Whether the guide's last answer already zoomed out to that region ("zoom out a bit" twice). */
const zoomedOutTo = (history: GuideInput['history'], regionName: string): boolean => {
  const last = [...history].reverse().find((turn) => turn.role === 'assistant');
  return last?.text.startsWith(`Zooming out a little to ${regionName},`) === true;
};

const hasCameraWords = (request: ParsedRequest): boolean =>
  request.view.view !== null ||
  request.view.lateral ||
  request.view.angled ||
  request.view.flip ||
  request.view.step !== null ||
  request.view.zoom !== null;

/** The view the words ask for, resolving "from the side" and "turn around" against the scene. */
function requestedView({ request, input }: PlanContext, side: Side): NamedView | null {
  const words = request.view;
  const lateral = side === 'left' || side === 'right' ? side : DEFAULT_LATERAL_SIDE;
  if (words.view !== null) return words.view;
  if (words.lateral) return lateral;
  if (words.angled) return `anterolateral-${lateral}`;
  if (words.flip) return oppositeView(input.scene?.view ?? 'anterior');
  if (words.step !== null)
    return viewAround(input.scene?.view ?? 'anterior', words.step === 'eighth' ? 1 : 2);
  return null;
}

// ─── Greetings, help, and what the guide does not know ────────────────────

function answerUnknown(context: PlanContext): void {
  const { plan, request, index, input } = context;
  // The comparison was answered already: the catalog has no sizes or strengths.
  if (request.intent.compare) return;
  if (request.intent.pronoun) {
    // A follow-up it cannot read ("is it stronger than…?"): say so, and what it can say instead.
    const referents = findReferents(index, input.scene, input.history);
    if (referents !== null) {
      const { label } = referentTarget(index, referents.muscles, referents.side);
      plan.say(
        `I can't answer that from the catalog. About ${label}, I can tell you where ${referents.muscles.length === 1 ? 'it attaches, what it does' : 'they attach, what they do'}, the nerve and blood supply, how deep ${referents.muscles.length === 1 ? 'it lies' : 'they lie'}, or show ${referents.muscles.length === 1 ? 'it' : 'them'} from any side.`,
      );
      return;
    }
  }
  const anatomical =
    request.intent.show ||
    request.intent.facts.length > 0 ||
    request.tokens.some((t) => t === 'muscle' || t === 'muscles' || t === 'bone' || t === 'bones');
  if (request.unknownWords.length > 0 && anatomical) {
    const words = request.unknownWords.join(' ');
    // "The latissimus", "sternocleido": the start of a name, asked about, never shown unasked.
    const started = [
      ...new Set(
        request.unknownWords.flatMap((word) =>
          namesStartedBy(
            index.catalog.muscles.map((m) => m.name),
            word,
          ),
        ),
      ),
    ];
    if (started.length > 0) {
      plan.say(
        `I couldn't find “${words}” in the catalog. Did you mean ${joinList(
          started.map((name) => `the ${inSentence(name)}`),
          'or',
        )}? Say yes or the full name and I will show it.`,
      );
      return;
    }
    // "The iliotibial band": not a muscle of the catalog, but named in muscles' attachments.
    const naming = musclesNaming(index.catalog.muscles, request.unknownWords);
    if (naming.length > 0 && naming.length <= MAX_NAMING)
      return answerNamedInTexts(context, unknownPhrase(request), naming);
    const suggestions = suggestNames(index, request.unknownWords);
    plan.say(
      `I couldn't find “${words}” in the catalog${suggestions.length > 0 ? `. Did you mean ${joinList(suggestions, 'or')}?` : '.'} I only know the muscles in this model's catalog, so I won't guess or highlight something else.`,
    );
    return;
  }
  sayOffTopic(plan);
}

/** The unknown words with the uncommon words around them: "pes anserinus", not "anserinus". */
function unknownPhrase({ tokens, unknownWords }: ParsedRequest): string {
  const at = tokens.indexOf(unknownWords[0] ?? '');
  const last = tokens.lastIndexOf(unknownWords.at(-1) ?? '');
  if (at < 0 || last < at) return unknownWords.join(' ');
  let start = at;
  let end = last + 1;
  const uncommon = (t: string | undefined) =>
    t !== undefined && !COMMON_WORDS.has(t) && !ARTICLES.has(t) && /^[a-z]+$/.test(t);
  while (start > 0 && uncommon(tokens[start - 1])) start -= 1;
  while (end < tokens.length && uncommon(tokens[end])) end += 1;
  return tokens.slice(start, end).join(' ');
}

/** More muscles than this naming a word means the word is too general to point at a structure. */
const MAX_NAMING = 8;

/** "The iliotibial band is no muscle of the catalog; the tensor fasciae latae inserts on it." */
function answerNamedInTexts(context: PlanContext, words: string, naming: readonly NamedIn[]): void {
  const { plan, request } = context;
  const side = request.side ?? 'both';
  const phrase = (n: NamedIn) =>
    n.where === 'origin'
      ? `the ${inSentence(n.muscle.name)} arises from it (${n.muscle.origin.replace(/\.$/, '')})`
      : n.where === 'insertion'
        ? `the ${inSentence(n.muscle.name)} inserts on it (${n.muscle.insertion.replace(/\.$/, '')})`
        : `the ${inSentence(n.muscle.name)} is described with it`;
  plan.say(
    `“${words}” is not a muscle in the catalog, but its muscles' texts name it: ${naming.map(phrase).join('; ')}.`,
  );
  // Only muscles attached to it light up: one merely described beside it is no stand-in.
  const attached = naming.filter((n) => n.where !== 'summary').map((n) => n.muscle);
  const drawable = attached.filter((m) => m.hasMesh);
  const missing = attached.filter((m) => !m.hasMesh);
  if (drawable.length === 0) return;
  const ids = drawable.map((m) => m.id);
  const view = bestViewFor(drawable, side);
  plan.act(
    { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
    { toolName: 'setCameraView', input: { view, muscleIds: ids, side } },
  );
  plan.paragraph(
    `${drawable.length === 1 ? 'It is' : 'They are'} highlighted, seen ${viewPhrase(view)}${missing.length > 0 ? `; the ${joinList(missing.map((m) => inSentence(m.name)))} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model` : ''}.`,
  );
}

/** Catalog names close to unknown words, loosely (for "did you mean"), muscles and groups only. */
function suggestNames(index: CatalogIndex, words: readonly string[]): string[] {
  const scored: { name: string; distance: number; prefix: number }[] = [];
  for (const [key, target] of index.lexicon.targets) {
    if (target.kind !== 'muscle' && target.kind !== 'group') continue;
    for (const word of words) {
      // Typos keep the first letter (as the name matching assumes): compare only those.
      if (key[0] !== word[0]) continue;
      const limit = Math.max(2, Math.floor(word.length / 3));
      const distance = editDistance(word, key, limit);
      if (distance <= limit) {
        const name =
          target.kind === 'muscle'
            ? `the ${inSentence(index.muscle(firstOf(target.ids)).name)}`
            : groupLabel(index.group(firstOf(target.ids)));
        let prefix = 0;
        while (prefix < word.length && word[prefix] === key[prefix]) prefix++;
        scored.push({ name, distance, prefix });
      }
    }
  }
  // Closest first; among equals, the one that starts like the word ("supraspinal" → supraspinatus).
  scored.sort(
    (a, b) => a.distance - b.distance || b.prefix - a.prefix || a.name.localeCompare(b.name),
  );
  return [...new Set(scored.map((s) => s.name))].slice(0, 3);
}

// ─── Reasoning ────────────────────────────────────────────────────────────

function describeUnderstanding(index: CatalogIndex, request: ParsedRequest): string {
  const parts: string[] = [];
  for (const mention of request.mentions.slice(0, MAX_TARGETS)) {
    const names = mention.ids.map((id) =>
      mention.kind === 'muscle'
        ? index.muscle(id).name
        : mention.kind === 'group'
          ? `${index.group(id).name} (${index.group(id).muscles.length} muscles)`
          : mention.kind === 'region'
            ? `region ${id}`
            : `bone ${id}`,
    );
    parts.push(
      `“${mention.text}” → ${names.join(', ')}${mention.side ? `, ${mention.side} side` : ''}`,
    );
  }
  for (const pair of request.action.pairs) parts.push(`movement: ${actionPhrase(pair, 'base')}`);
  const v = request.view;
  if (v.view) parts.push(`view: ${v.view}`);
  else if (v.lateral) parts.push('view: from the side');
  else if (v.flip) parts.push('view: turn around');
  if (v.zoom) parts.push(`zoom ${v.zoom}`);
  const flags = Object.entries(request.intent)
    .filter(([key, value]) => value === true && key !== 'question')
    .map(([key]) => key);
  if (request.intent.facts.length > 0) flags.push(`facts: ${request.intent.facts.join(', ')}`);
  if (flags.length > 0) parts.push(`asks: ${flags.join(', ')}`);
  return parts.length > 0
    ? `Looking this up in the catalog. ${parts.join('; ')}.`
    : 'Looking for anatomy terms in the question.';
}

// ─── What is shown, parts, and landmarks ─────────────────────────────────

/** The targets as drawn: whole when every muscle has a mesh, else only their drawn muscles. */
/** More muscles than this of a region or group are counted, not named, in "here are…". */
const MAX_NAMED_SHOWN = 5;

function shownTargets(subjects: readonly Target[]): Target[] {
  const seen = new Set<string>();
  return subjects.flatMap((target): Target[] => {
    // "The abs and the obliques": a muscle already shown is not shown twice.
    const drawn = target.muscles.filter((m) => m.hasMesh && !seen.has(m.id));
    for (const m of drawn) seen.add(m.id);
    if (drawn.length === 0) return [];
    if (drawn.length === target.muscles.length) return [target];
    const of =
      target.kind === 'group'
        ? ` (of ${target.label.replace(/^the (left |right )?/, 'the ')})`
        : '';
    // "The forearm": sixteen names in the first sentence and twenty again in the next is a wall
    // of names; the count says what is shown, the catalog's list follows.
    if (drawn.length > MAX_NAMED_SHOWN && target.kind !== 'muscle') {
      const whole = target.label.replace(/^the /, '');
      return [
        {
          kind: 'muscle',
          label: `${drawn.length} of the ${target.muscles.length} ${whole}`,
          muscles: drawn,
          side: target.side,
        },
      ];
    }
    if (drawn.length > 1) {
      const side = target.side === 'both' ? '' : `${target.side} `;
      return [
        {
          kind: 'muscle',
          label: `the ${side}${joinList(drawn.map((m) => inSentence(m.name)))}${of}`,
          muscles: drawn,
          side: target.side,
        },
      ];
    }
    return drawn.map((m) => ({
      kind: 'muscle',
      label: `${muscleLabel(m, target.side)}${of}`,
      muscles: [m],
      side: target.side,
    }));
  });
}

interface NamedPart {
  muscle: Muscle;
  part: MusclePart;
  /** `<muscleId>/<part>` when the model draws the part on its own, else null (the whole muscle). */
  partId: string | null;
  /** Told apart by where it arises or what it does ("which bit attaches to the collarbone"). */
  byFact: boolean;
}

/**
 * The part the message asks for, of the one muscle (or the one muscle of a group that has it) the
 * message is about; `subject` is narrowed to that muscle. A part the muscle lacks comes back as
 * `missing`, to be said.
 */
function partNamed(
  context: PlanContext,
  subjects: readonly Target[],
  bones: readonly Target[],
): { part: NamedPart | null; subject: Target | null; missing: string | null } {
  const none = { part: null, subject: null, missing: null };
  if (subjects.length !== 1) return none;
  const target = firstOf(subjects);
  if (target.kind !== 'muscle' && target.kind !== 'group') return none;
  const { index, request } = context;
  // "Pull back a bit": camera words place no part ("back bit").
  const tokens = request.tokens.map((t, i) => (request.view.consumed.has(i) ? '' : t));
  const reading = readPart(target.muscles, tokens, target.span ?? null, {
    bones: bones.flatMap((b) => (b.boneId === undefined ? [] : [index.bone(b.boneId)])),
    pairs: request.action.pairs,
  });
  if (reading === null) return none;
  const { muscle } = reading;
  if (!reading.found) {
    const parts = reading.parts.map((p) => p.name);
    return {
      ...none,
      missing:
        parts.length > 0
          ? `The ${inSentence(muscle.name)} has no ${reading.asked} in the catalog: its parts are the ${joinList(parts)}.`
          : `The catalog names no separate heads or parts of the ${inSentence(muscle.name)}.`,
    };
  }
  const subject: Target =
    target.muscles.length === 1
      ? target
      : {
          kind: 'muscle',
          label: muscleLabel(muscle, target.side),
          muscles: [muscle],
          side: target.side,
          ...(target.span ? { span: target.span } : {}),
        };
  const { part, byFact } = reading;
  return {
    part: { muscle, part, partId: partMeshOf(muscle, part).partId, byFact },
    subject,
    missing: null,
  };
}

/** The one part of the one muscle selected on screen, when only that part is highlighted. */
function selectedPart(context: PlanContext, subjects: readonly Target[]): NamedPart | null {
  const target = subjects.length === 1 ? firstOf(subjects) : undefined;
  if (target?.muscles.length !== 1) return null;
  const muscle = firstOf(target.muscles);
  const slugs = new Set(
    (context.input.scene?.selection ?? [])
      .filter((s) => s.muscleId === muscle.id)
      .flatMap((s) => s.parts ?? []),
  );
  const [slug] = slugs;
  if (slug === undefined || slugs.size > 1) return null;
  const part = resolvePartWords(muscle, slug);
  return part === null
    ? null
    : { muscle, part, partId: partMeshOf(muscle, part).partId, byFact: false };
}

/** "The long head arises from …; it stabilises the shoulder." from the catalog's text and notes. */
/** The catalog's origin sentence of that part ("Long head: infraglenoid tubercle"), if it has one. */
const partOrigin = ({ muscle, part }: NamedPart): string | undefined =>
  muscle.origin
    .split(/(?<=\.)\s+|(?<=[a-z])\.\s*/)
    .map((segment) => segment.trim())
    .find((segment) => segment.toLowerCase().startsWith(`${part.key} `));

function partText(named: NamedPart): string {
  const { muscle, part } = named;
  const origin = partOrigin(named);
  // "Raises the shoulder blade (shrug)", not "…, descending (upper) fibres" after that very name.
  const ownName = new RegExp(
    `^${part.key}\\b(?: \\([^)]*\\))? (?:fibres|fibers|part|head|portion)\\b,?\\s*`,
    'i',
  );
  const own = muscle.actions
    .filter((a) => a.note !== undefined && a.note.toLowerCase().includes(part.key))
    .map((a) => ({ ...a, note: a.note?.replace(ownName, '').trim() || undefined }));
  const name = capitalize(`the ${part.name} of the ${inSentence(muscle.name)}`);
  const arises = origin
    ? `${name} arises from ${asObject(origin.replace(/^[^:]*:\s*/, ''))}`
    : name;
  const acts = own.length > 0 ? `${origin ? '; it' : ''} ${listActions(own)}` : '';
  // What the whole muscle does, which the part does with the rest ("the long head of the biceps
  // stabilises the shoulder" and, like every head, flexes the elbow): prime actions no note gives
  // to one part.
  const shared = muscle.actions.filter(
    (a) =>
      a.role === 'prime' &&
      !own.some((o) => o.joint === a.joint && o.movement === a.movement) &&
      !/\b(head|heads|part|parts|fibres|fibers|portion|belly)\b/i.test(a.note ?? ''),
  );
  const whole =
    own.length === 0
      ? ` The catalog records the actions of the whole muscle: it ${describeActions(muscle.actions)}.`
      : shared.length > 0
        ? ` With the rest of the muscle it ${listActions(shared.map((a) => ({ ...a, note: undefined })))}.`
        : '';
  return `${arises}${acts}.${whole}`.replace(/ +/g, ' ');
}

function answerLandmark(context: PlanContext, landmark: Landmark): void {
  const { index, plan, request } = context;
  const side = request.side ?? 'both';
  const muscles = landmark.muscles.flatMap((id) => index.muscles.get(id) ?? []);
  const drawable = muscles.filter((m) => m.hasMesh);
  const missing = muscles.filter((m) => !m.hasMesh);
  // A side view of a place looks from the side the student named: "the outside of my left knee".
  const view =
    requestedView(context, side) ??
    (side === 'left' ? (landmark.view.replace('right', 'left') as NamedView) : landmark.view);
  const names = joinList(drawable.map((m) => inSentence(m.name)));
  const wantsMuscles =
    request.tokens.some((t) => t === 'muscle' || t === 'muscles') ||
    request.intent.isolate ||
    request.intent.tour;
  const focus: PlannedToolCall = {
    toolName: 'setCameraView',
    input:
      drawable.length > 0
        ? { view, muscleIds: drawable.map((m) => m.id), side }
        : { view, region: landmark.region, side },
  };
  if (wantsMuscles && drawable.length > 0) {
    plan.say(
      `Here ${drawable.length === 1 ? 'is the muscle' : 'are the muscles'} around ${landmark.name}, seen ${viewPhrase(view)}: the ${names}.`,
    );
    plan.act(
      {
        toolName: 'selectMuscles',
        input: { muscleIds: drawable.map((m) => m.id), side, mode: 'replace' },
      },
      focus,
    );
  } else {
    plan.say(`Here is ${landmark.name}, seen ${viewPhrase(view)}.`);
    plan.act(focus);
    if (drawable.length > 0)
      plan.say(
        `The muscles around it are the ${names}; say “which muscles are at ${landmark.name.replace(/ \(.*\)$/, '')}?” to highlight them.`,
      );
  }
  if (missing.length > 0)
    plan.paragraph(
      `The ${joinList(missing.map((m) => inSentence(m.name)))} ${missing.length === 1 ? 'is' : 'are'} there too but not in this 3D model.`,
    );
}

const HEAD_WORDS = new Set([
  'inner',
  'outer',
  'long',
  'short',
  'lateral',
  'medial',
  'sternal',
  'clavicular',
  'which',
  'its',
  'their',
  'each',
  'other',
]);
const headOfMuscle = (tokens: readonly string[], at: number): boolean =>
  HEAD_WORDS.has(tokens[at - 1] ?? '') || ['of', 'is'].includes(tokens[at + 1] ?? '');

/** A muscle name that is only the start of several ("the gluteus", "teres"): the muscles it may be. */
function ambiguousName(index: CatalogIndex, mention: SidedMention): Muscle[] | null {
  if (mention.kind !== 'muscle' || mention.ids.length < 2) return null;
  const muscles = mention.ids.map((id) => index.muscle(id));
  const prefix = `${mention.matched} `;
  return muscles.every((m) => m.name.toLowerCase().startsWith(prefix)) ? muscles : null;
}

/** Muscle names in lower case, once per catalog, and the words that can start one. */
const lowerNames = new WeakMap<CatalogIndex, { names: [string, Muscle][]; words: Set<string> }>();
function namesOf(index: CatalogIndex) {
  let cached = lowerNames.get(index);
  if (cached === undefined) {
    const names = index.catalog.muscles.map((m): [string, Muscle] => [m.name.toLowerCase(), m]);
    cached = { names, words: new Set(names.flatMap(([name]) => name.split(' '))) };
    lowerNames.set(index, cached);
  }
  return cached;
}

/** Muscles whose longer names start with these words, or, for one word, contain it ("pterygoid"). */
function musclesStartingWith(index: CatalogIndex, words: string): Muscle[] {
  const { names, words: known } = namesOf(index);
  const first = words.split(' ', 1)[0] ?? '';
  if (!known.has(first)) return [];
  const prefix = `${words} `;
  const oneWord = first === words;
  return names
    .filter(
      ([name]) =>
        name.startsWith(prefix) || (oneWord && name !== words && name.split(' ').includes(words)),
    )
    .map(([, muscle]) => muscle);
}

/**
 * Names the catalog does not know, or that fit several muscles, said before anything else: "I
 * don't know the psoas minor. Did you mean the psoas major?". Returns whether it said one, and
 * the partial names it asked about.
 */
function sayUnknownNames(context: PlanContext): { said: boolean; asked: string[] } {
  const { index, plan, request } = context;
  const lines: string[] = [];
  /** The phrases asked about: names inside them are not answered. */
  const asked: string[] = [];
  for (const mention of request.mentions) {
    const several =
      ambiguousName(index, mention) ??
      (mention.unmatched === undefined
        ? null
        : tooMany(musclesStartingWith(index, mention.unmatched)));
    if (several !== null) {
      lines.push(
        `“${mention.unmatched ?? mention.text}” fits several muscles: which one do you mean, ${joinList(
          several.map((m) => `the ${inSentence(m.name)}`),
          'or',
        )}?`,
      );
    } else if (mention.unmatched !== undefined) {
      const matched =
        mention.kind === 'muscle'
          ? `the ${inSentence(index.muscle(firstOf(mention.ids)).name)}`
          : groupLabel(index.group(firstOf(mention.ids)));
      const closest = closestName(index, mention.unmatched);
      const near = joinList([...new Set([...(closest ? [closest] : []), matched])], 'or');
      lines.push(
        `I don't know “${mention.unmatched}”: it is not in this model's catalog, so I won't show another muscle in its place. Did you mean ${near}?`,
      );
    }
  }
  // "Extensor carpi radialis": words that only start several names.
  const tokens = request.tokens;
  for (let i = 0; i < tokens.length && lines.length === 0; i++) {
    for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      if (index.lexicon.targets.has(phrase)) break;
      const several = tooMany(musclesStartingWith(index, phrase));
      if (several === null) continue;
      asked.push(phrase);
      lines.push(
        `“${phrase}” starts the names of several muscles: which one do you mean, ${joinList(
          several.map((m) => `the ${inSentence(m.name)}`),
          'or',
        )}?`,
      );
      break;
    }
  }
  // "Orbicularis pedis": unknown as a whole, though its first word starts real names.
  const unknownPhrase = request.unknownWords.join(' ');
  const firstWord = request.unknownWords[0];
  if (lines.length === 0 && request.unknownWords.length >= 2 && firstWord !== undefined) {
    const near = tooMany(musclesStartingWith(index, firstWord));
    if (near !== null)
      lines.push(
        `I don't know “${unknownPhrase}”: it is not in this model's catalog, so I won't show another muscle in its place. Did you mean ${joinList(
          near.map((m) => `the ${inSentence(m.name)}`),
          'or',
        )}?`,
      );
  }
  // "The gluteus", "vastus": a word that only starts names.
  for (const word of lines.length === 0 ? request.unknownWords : []) {
    const several = tooMany(musclesStartingWith(index, word));
    if (several !== null)
      lines.push(
        `“${word}” starts the names of several muscles: which one do you mean, ${joinList(
          several.map((m) => `the ${inSentence(m.name)}`),
          'or',
        )}?`,
      );
  }
  if (lines.length === 0) return { said: false, asked };
  plan.say(lines.join(' '));
  return { said: true, asked };
}

const tooMany = (muscles: Muscle[]): Muscle[] | null => (muscles.length >= 2 ? muscles : null);

/** The catalog muscle whose whole name is closest to what was written, when it is close. */
function closestName(index: CatalogIndex, written: string): string | null {
  let best: { name: string; d: number } | null = null;
  for (const muscle of index.catalog.muscles) {
    const d = distance(written, muscle.name.toLowerCase());
    if (best === null || d < best.d) best = { name: muscle.name, d };
  }
  return best !== null && best.d <= Math.max(3, Math.floor(written.length / 5))
    ? `the ${inSentence(best.name)}`
    : null;
}
