import type { Joint, Movement } from '#shared/anatomy/catalog-schema';
import type { Side } from '#shared/protocol/ids';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { inSentence, joinList } from './compose.js';
import type { FactKind } from '../../language/detect-intent.js';
import { parseRequest, type ParsedRequest } from '../../language/parse-request.js';
import type { GuideInput } from './plan-context.js';
import { findReferents } from '../../language/referents.js';
import { jointOfWord } from '../../language/joint-words.js';

/** A movement as a verb the parser reads back: "flex", "laterally rotate". */
const movementVerb: Partial<Record<Movement, string>> = {
  flexion: 'flex',
  extension: 'extend',
  abduction: 'abduct',
  adduction: 'adduct',
  'medial-rotation': 'medially rotate',
  'lateral-rotation': 'laterally rotate',
  rotation: 'rotate',
  'lateral-flexion': 'side bend',
  elevation: 'elevate',
  depression: 'depress',
  protraction: 'protract',
  retraction: 'retract',
  pronation: 'pronate',
  supination: 'supinate',
  dorsiflexion: 'dorsiflex',
  plantarflexion: 'plantarflex',
  inversion: 'invert',
  eversion: 'evert',
};

/** A fact as a phrase the parser reads back: "the origin of", "the nerve of". */
const factPhrase: Partial<Record<FactKind, string>> = {
  origin: 'origin',
  insertion: 'insertion',
  innervation: 'nerve supply',
  roots: 'spinal roots',
  blood: 'blood supply',
  action: 'actions',
  antagonists: 'antagonists',
  synergists: 'synergists',
  layer: 'depth',
  members: 'members',
};

/** A joint as words the parser reads back. */
const jointWord: Partial<Record<Joint, string>> = {
  scapula: 'shoulder blade',
  radioulnar: 'forearm',
  'great-toe': 'big toe',
  subtalar: 'foot',
  mandible: 'jaw',
  'pelvic-floor': 'pelvic floor',
};

const OTHER_SIDE = new Set(['other', 'opposite', 'swap', 'switch', 'flip', 'mirror']);
const ADD_WORDS = new Set(['too', 'also', 'add', 'plus', 'well', 'aswell', 'and']);
const ONLY_WORDS = new Set(['only', 'just']);
const ELLIPSIS_STARTS = [
  'and',
  'what about',
  'how about',
  'same for',
  'same with',
  'now',
  'then',
  'ok',
  'okay',
];

/**
 * Reads a short turn that leans on the conversation ("the other side", "add the left one as well",
 * "what about the triceps?", "and the knee?") as the full request it stands for, or null when the
 * turn stands on its own. The rewritten request goes through the same planning as any other.
 */
export function resolveFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  const named = request.mentions.filter((m) => m.kind === 'muscle' || m.kind === 'group');
  if (named.length === 0) return sideFollowUp(index, input, request);
  return factFollowUp(index, input, request);
}

/** "Do the same on the other arm", "only the right one now", "both sides please". */
function sideFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  const { tokens } = request;
  const other = tokens.some((t) => OTHER_SIDE.has(t));
  const bothSides = request.side === 'both';
  if (!other && request.side === null) return null;
  if (request.intent.facts.some((k) => k !== 'summary') || request.action.pairs.length > 0)
    return null;
  if (request.intent.tour) return null;
  const referents = findReferents(index, input.scene, input.history);
  if (referents === null) return null;
  let side: Side;
  if (bothSides) side = 'both';
  else if (other) {
    // "The other side" of a sided selection is the other side of the body; of both, the camera's.
    if (referents.side === 'both') return null;
    side = referents.side === 'left' ? 'right' : 'left';
  } else side = request.side ?? 'both';
  const adds =
    !tokens.some((t) => ONLY_WORDS.has(t)) &&
    side !== 'both' &&
    (tokens.some((t) => ADD_WORDS.has(t)) || request.intent.add);
  const names = subjectNames(
    index,
    referents.muscles.map((m) => m.id),
  );
  // "Show only the left one": that side on its own.
  if (request.intent.isolate) return `show only the ${side === 'both' ? '' : `${side} `}${names}`;
  // "Remove the left one", "hide the right one": that side only.
  if (request.intent.remove || request.intent.hide) {
    const verb = request.intent.remove || tokens.includes('remove') ? 'deselect' : 'hide';
    return `${verb} the ${side === 'both' ? '' : `${side} `}${names}`;
  }
  return adds
    ? `also show the ${side} ${names}`
    : `show the ${side === 'both' ? '' : `${side} `}${names}`;
}

/** "What about the triceps?" after a nerve question; "and the knee?" after a movement question. */
function factFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  const { tokens } = request;
  const text = tokens.join(' ');
  const elliptic = ELLIPSIS_STARTS.some((start) => text === start || text.startsWith(`${start} `));
  const own = request.intent.facts.filter((k) => k !== 'summary');
  if (!elliptic || own.length > 0 || request.action.pairs.length > 0) return null;
  const earlier = earlierQuestion(index, input);
  if (earlier === null || earlier.facts.length === 0) return null;
  const phrases = earlier.facts.flatMap((k) => factPhrase[k] ?? []);
  if (phrases.length === 0) return null;
  const subjects = request.mentions
    .filter((m) => m.kind === 'muscle' || m.kind === 'group')
    .map((m) => `${m.side !== null ? `${m.side} ` : ''}${m.matched}`);
  return `${joinList(phrases)} of the ${joinList(subjects)}`;
}

/** "And the knee?" after "which muscles flex the elbow": the same movement at the new joint. */
export function resolveMovementFollowUp(
  input: GuideInput,
  request: ParsedRequest,
  index: CatalogIndex,
): string | null {
  const { tokens } = request;
  const text = tokens.join(' ');
  const elliptic = ELLIPSIS_STARTS.some((start) => text === start || text.startsWith(`${start} `));
  if (request.action.pairs.length > 0 || request.intent.facts.some((k) => k !== 'summary'))
    return null;
  // "And protract it?" after "which muscles retract the scapula": the new movement, same joint.
  const missing = request.action.missingJoint;
  if (missing !== null) {
    const before = earlierQuestion(index, input)?.pairs[0];
    const verb = movementVerb[missing];
    if (before === undefined || verb === undefined) return null;
    return `which muscles ${verb} the ${jointWord[before.joint] ?? before.joint}`;
  }
  if (!elliptic) return null;
  const joint = tokens.find((t) => jointOfWord(t) !== undefined);
  if (joint === undefined) return null;
  const earlier = earlierQuestion(index, input);
  const verbs = [...new Set(earlier?.pairs.flatMap((p) => movementVerb[p.movement] ?? []) ?? [])];
  if (verbs.length === 0) return null;
  return `which muscles ${joinList(verbs, 'or')} the ${joint}`;
}

/** The latest question of the student's that asked a fact or a movement. */
function earlierQuestion(
  index: CatalogIndex,
  input: GuideInput,
): { facts: FactKind[]; pairs: ParsedRequest['action']['pairs'] } | null {
  const turns = input.history.filter((t) => t.role === 'user').reverse();
  for (const turn of turns.slice(0, 4)) {
    const earlier = parseRequest(turn.text, index.lexicon, index.knownActions);
    const facts = earlier.intent.facts.filter((k) => k !== 'summary' && k !== 'location');
    if (facts.length > 0 || earlier.action.pairs.length > 0)
      return { facts, pairs: earlier.action.pairs };
  }
  return null;
}

/** Names for muscles, as a group when they are exactly one: "hamstrings", "biceps brachii". */
function subjectNames(index: CatalogIndex, ids: readonly string[]): string {
  const sorted = [...ids].sort().join(',');
  const group = index.catalog.groups.find((g) => [...g.muscles].sort().join(',') === sorted);
  if (group !== undefined) return inSentence(group.name);
  return joinList(ids.map((id) => inSentence(index.muscle(id).name)));
}
