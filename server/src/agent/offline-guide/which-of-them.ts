import type { Joint, Muscle } from '#shared/anatomy/catalog-schema';
import { listActions } from '../../language/describe-action.js';
import { findReferents } from '../../language/referents.js';
import { jointOfWord } from '../../language/joint-words.js';
import { rotationDirection } from '../../language/detect-action.js';
import { findNerve, musclesSuppliedBy } from '../../language/nerve-supply.js';
import { bestViewFor, viewPhrase } from './best-view.js';
import { capitalize, inSentence, joinList } from './compose.js';
import type { PlanContext } from './plan-context.js';

/** A joint as a student names it, for the example question. */
const JOINT_EXAMPLE: Partial<Record<Joint, string>> = {
  hip: 'hip',
  knee: 'knee',
  shoulder: 'shoulder',
  elbow: 'elbow',
  ankle: 'ankle',
  wrist: 'wrist',
  neck: 'neck',
};

/** "Which of them", "which one", "which ones", "what muscle of these". */
const asksWhichOfThem = (tokens: readonly string[]): boolean =>
  tokens.some(
    (t, i) =>
      (t === 'which' || t === 'what') &&
      (['one', 'ones'].includes(tokens[i + 1] ?? '') ||
        (tokens[i + 1] === 'of' && ['them', 'these', 'those'].includes(tokens[i + 2] ?? ''))),
  );

const names = (muscles: readonly Muscle[]) => joinList(muscles.map((m) => inSentence(m.name)));

/**
 * "Which of them crosses the hip?", "which one extends the knee?", "which of them is supplied by
 * the femoral nerve?": the muscles on screen (or just talked about) that
 * the catalog says have that property, lit on their own. False when the question is not of that
 * kind or names a property the catalog does not record (the caller answers then).
 */
export function answerWhichOfThem(context: PlanContext): boolean {
  const { index, input, request, plan } = context;
  const { tokens } = request;
  if (!asksWhichOfThem(tokens)) return false;
  const nerve = findNerve(tokens);
  const nerveAt = nerve === null ? -1 : nerve.end - 1;
  // "The inferior gluteal nerve" names a nerve, not the gluteal muscles.
  const named = request.mentions.filter(
    (m) => (m.kind === 'muscle' || m.kind === 'group') && m.end !== nerveAt,
  );
  if (named.length > 0) return false;
  const referents = findReferents(index, input.scene, input.history);
  if (referents === null || referents.muscles.length < 2) return false;
  const among = referents.muscles;
  // "Which of these does external rotation", "which of them medially rotates": the movement at
  // whichever of their joints they do it.
  const bare = request.action.missingJoint;
  const movement = bare === 'rotation' ? (rotationDirection(tokens) ?? bare) : bare;
  const pairs =
    request.action.pairs.length > 0 || movement === null
      ? request.action.pairs
      : among.flatMap((m) => m.actions.filter((a) => a.movement === movement));
  const joint = tokens.map(jointOfWord).find((j) => j !== undefined);
  // "Which of them is supplied by the femoral nerve": read as the nerve questions are.
  const supplied = new Set(
    nerve === null ? [] : musclesSuppliedBy(index.catalog, nerve.name).map((m) => m.id),
  );
  let matching: Muscle[];
  let why: (m: Muscle) => string;
  if (pairs.length > 0 || movement !== null) {
    matching = among.filter((m) =>
      m.actions.some((a) => pairs.some((p) => p.joint === a.joint && p.movement === a.movement)),
    );
    why = (m) =>
      listActions(
        m.actions.filter((a) =>
          pairs.some((p) => p.joint === a.joint && p.movement === a.movement),
        ),
      );
  } else if (joint !== undefined) {
    matching = among.filter((m) => m.actions.some((a) => a.joint === joint));
    why = (m) => listActions(m.actions.filter((a) => a.joint === joint));
  } else if (among.some((m) => supplied.has(m.id))) {
    matching = among.filter((m) => supplied.has(m.id));
    why = (m) =>
      `is supplied by the ${m.innervation.replace(/^the /i, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
  } else if (request.intent.compare || request.intent.facts.some((k) => k !== 'summary')) {
    return false;
  } else {
    // "Which one is most lateral?": nothing the catalog records.
    plan.say(
      `The catalog doesn't record that for the ${names(among)}: it has their attachments, actions, nerves and depth. Ask, for example, “which of them crosses the ${JOINT_EXAMPLE[among[0]?.actions[0]?.joint ?? 'hip'] ?? 'hip'}?”`,
    );
    return true;
  }
  const label = `the ${names(among)}`;
  if (matching.length === 0) {
    plan.say(`None of ${label} does, in the catalog.`);
    return true;
  }
  plan.say(
    `Of ${label}: ${matching.map((m) => `the ${inSentence(m.name)} ${why(m)}`).join('; ')}.`,
  );
  const drawable = matching.filter((m) => m.hasMesh);
  if (drawable.length === 0) return true;
  const side = referents.side;
  const view = bestViewFor(drawable, side);
  const ids = drawable.map((m) => m.id);
  plan.act(
    { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
    { toolName: 'setCameraView', input: { view, muscleIds: ids, side } },
  );
  plan.paragraph(
    `${capitalize(drawable.length === 1 ? 'it is' : 'they are')} highlighted, seen ${viewPhrase(view)}.`,
  );
  return true;
}
