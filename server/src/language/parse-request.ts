import type { Side } from '#shared/protocol/ids';
import { detectAction, type ActionRequest } from './detect-action.js';
import { detectIntent, type IntentFlags } from './detect-intent.js';
import { detectSides, type SideWord } from './detect-side.js';
import { detectView, type ViewRequest } from './detect-view.js';
import type { Lexicon } from './lexicon.js';
import { findMentions, type Mention } from './match-entities.js';
import { compilePattern, consume, findPatterns, patternVocabulary } from './phrase-pattern.js';
import { COMMON_WORDS } from './stopwords.js';
import { bringBackAt } from './bring-back.js';
import { correctTypos } from './correct-typos.js';
import { tokenize } from './tokenize.js';
import { findLandmarks, landmarkTokens, type Landmark } from './landmarks.js';
import { findActivity, type Activity } from './activities.js';
import { partNounsAfterPlaceWords } from './read-part.js';

/** A name in the message with the side the student gave it, if any. */
export interface SidedMention extends Mention {
  side: Side | null;
  /** A region named as "forearm muscles", "muscles of the back": its muscles, not just the place. */
  asMuscles: boolean;
  /**
   * Name words the student wrote around it that the catalog does not know ("psoas minor",
   * "biceps pedis"): the whole is another muscle, so this one must not stand in for it.
   */
  unmatched?: string;
}

/** Everything the offline guide reads from one message. */
export interface ParsedRequest {
  tokens: string[];
  mentions: SidedMention[];
  view: ViewRequest;
  action: ActionRequest;
  intent: IntentFlags;
  /** The side named once for the whole message ("on the left"), when there is exactly one. */
  side: Side | null;
  /** Words that look like a name the catalog does not know ("the flurbus muscle"). */
  unknownWords: string[];
  /** Places named in lay words: "the back of the knee", "the sole of the foot". */
  landmarks: Landmark[];
  /** An activity asked about by name ("squat", "push-ups"); its movements are in `action`. */
  activity: Activity | null;
}

/** Words after which "right" means "just": "right under the skin", "right now". */
const STRESSED_PLACES = new Set(
  'under beneath below above behind next beside at in over underneath there here now away'.split(
    ' ',
  ),
);

/** Phrases whose words would otherwise read as names: "bring back" is not the back. */
const idioms = [
  'bring|put|go|come|get|step|pull|move|turn|turning back',
  'bring|put|get it|them|this|that|those back',
  // "How many heads does it have": a muscle's heads, not the head.
  'how many heads|parts|bellies',
  // "Pull up the neck muscles" shows them: no movement of the neck.
  'pull|bring up the|my|all',
  // "When I stand on one leg": when, not where.
  'stand|standing|balance|balancing|hop|hopping on one|a ?single leg|foot',
  'over|above my|your|the head',
  'back to|again|out',
  'other hand',
  'on ?the one hand',
  'hand me|over',
  'face me|us',
  'head over',
  'head back to',
  'in front',
  // "Turn off the bones": a switch, not a movement of the trunk.
  'turn|switch off|on',
  'skeleton|bones|muscles|xray|it|them back on|off',
].map(compilePattern);

/** Chat spellings of the question words, read as the words: "wots the bicep do". */
const CHAT_SPELLINGS: Record<string, string | undefined> = {
  wot: 'what',
  wat: 'what',
  wut: 'what',
  wots: 'whats',
  wats: 'whats',
  wuts: 'whats',
  whts: 'whats',
  wher: 'where',
  whr: 'where',
  hw: 'how',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  abt: 'about',
  shw: 'show',
  hid: 'hide',
  hilight: 'highlight',
  hilite: 'highlight',
  highlite: 'highlight',
};

/** "Gluteus max": the gym's short endings of the gluteal names. */
const GLUTEAL_ENDINGS: Record<string, string | undefined> = {
  max: 'maximus',
  maximum: 'maximus',
  med: 'medius',
  medium: 'medius',
  min: 'minimus',
  minimum: 'minimus',
};

/** "The IT band" is the iliotibial tract (its "it" is no pronoun); "gluteus max" the maximus. */
const writeOutAbbreviations = (tokens: string[]): string[] =>
  tokens.flatMap((token, i) =>
    token === 'it' && tokens[i + 1] === 'band'
      ? ['iliotibial']
      : token === 'band' && tokens[i - 1] === 'it'
        ? ['tract']
        : tokens[i - 1] === 'gluteus' && GLUTEAL_ENDINGS[token] !== undefined
          ? [GLUTEAL_ENDINGS[token] ?? token]
          : [token],
  );

const SHORT_SIDES: Record<string, Side | undefined> = {
  r: 'right',
  rt: 'right',
  l: 'left',
  lt: 'left',
};

/** Reads names, sides, views, movements and intent from a message, in that order of claim. */
export function parseRequest(
  text: string,
  lexicon: Lexicon,
  knownActions: ReadonlySet<string>,
): ParsedRequest {
  const tokens = correctTypos(
    writeOutAbbreviations(tokenize(text).map((token) => CHAT_SPELLINGS[token] ?? token)),
    lexicon.words,
  );
  const claimed = new Set<number>();
  // "What do I use to lift my heels": an activity, before "heel" can be read as a place.
  const activity = findActivity(tokens, knownActions, claimed);
  if (activity !== null) consume(claimed, [activity]);
  // Lay places first: "popliteal fossa" is a place, not the popliteus; "groin" the front of the hip.
  const allLandmarks = findLandmarks(tokens, claimed);
  // A joint named alone waits: "what bends the knee" asks a movement of it.
  const landmarkHits = allLandmarks.filter((hit) => hit.landmark.bareJoint !== true);
  const landmarkWords = landmarkHits.flatMap((hit) => landmarkTokens(tokens, hit));
  for (const i of landmarkWords) claimed.add(i);
  // Names first, so "tibialis posterior" and "front delt" keep their direction words.
  for (const mention of findMentions(tokens, lexicon, {
    exactMinTokens: 1,
    blocked: new Set(landmarkWords),
  })) {
    // One-word muscle names too ("supinator" is the muscle, not the movement), but not regions
    // ("knee" and "back" are also joints and directions) nor plural agent nouns ("rotators").
    const oneWord = mention.end - mention.start === 1;
    const agentNoun = oneWord && /ors$/.test(mention.text);
    // Regions and bones wait: "shoulder blades" may be the joint of a movement.
    const jointWords = /\bshoulder ?blades?$/.test(mention.text);
    if (
      (mention.kind === 'muscle' || mention.kind === 'group') &&
      !(oneWord && agentNoun) &&
      !jointWords
    ) {
      consume(claimed, [mention]);
    }
  }
  const view = detectView(tokens, claimed);
  const notNames = new Set(view.consumed);
  for (const i of landmarkWords) notNames.add(i);
  consume(notNames, findPatterns(tokens, idioms, claimed));
  const returned = bringBackAt(tokens);
  if (returned !== null) notNames.add(returned);
  // "Right under the skin", "right behind the knee": "right" stresses the place, it is no side.
  tokens.forEach((token, i) => {
    if (token === 'right' && STRESSED_PLACES.has(tokens[i + 1] ?? '')) notNames.add(i);
  });
  const detected = detectAction(tokens, knownActions, new Set([...claimed, ...notNames]));
  const action: ActionRequest =
    activity !== null && detected.pairs.length === 0
      ? { pairs: [...activity.pairs], missingJoint: null, consumed: new Set<number>() }
      : detected;
  if (activity !== null && action !== detected) consume(action.consumed, [activity]);
  for (const i of action.consumed) notNames.add(i);
  // "Turn my head to look over my shoulder": the activity's words name no place of their own.
  if (activity !== null) consume(notNames, [activity]);
  for (const hit of allLandmarks) {
    // "The elbow flexors" is a group: its joint word is no place.
    if (hit.landmark.bareJoint !== true || action.consumed.has(hit.start) || claimed.has(hit.start))
      continue;
    landmarkHits.push(hit);
    for (let i = hit.start; i < hit.end; i++) notNames.add(i);
  }
  const sideWords = detectSides(tokens, new Set([...claimed, ...notNames]));
  // "My r bicep", "l tricep": a one-letter side only right before a name.
  tokens.forEach((token, i) => {
    const side = SHORT_SIDES[token];
    if (
      side !== undefined &&
      !claimed.has(i) &&
      !notNames.has(i) &&
      lexicon.words.has(tokens[i + 1] ?? '')
    )
      sideWords.push({ side, start: i, end: i + 1 });
  });
  sideWords.sort((a, b) => a.start - b.start);
  consume(notNames, sideWords);
  for (const i of partNounsAfterPlaceWords(tokens)) notNames.add(i);

  const reserved = patternVocabulary();
  const mentions = findMentions(tokens, lexicon, { blocked: notNames, reserved }).map(
    (mention): SidedMention => ({
      ...mention,
      side: sideFor(mention, sideWords, tokens),
      asMuscles: mention.kind === 'region' && namesMuscles(tokens, mention),
    }),
  );
  mentions.push(...siblingMentions(tokens, mentions, lexicon));
  mentions.sort((a, b) => a.start - b.start);
  const distinctSides = [...new Set(sideWords.map((w) => w.side))];

  const explained = new Set(notNames);
  consume(explained, mentions);
  const vocabulary = patternVocabulary();
  const unknownWords = tokens.filter(
    (token, i) =>
      !explained.has(i) &&
      token.length >= 4 &&
      /^[a-z]+$/.test(token) &&
      !COMMON_WORDS.has(token) &&
      !QUALIFIERS.has(token) &&
      !vocabulary.has(token),
  );

  markUnmatchedNames(tokens, mentions, explained, lexicon);
  return {
    tokens,
    mentions,
    view,
    action,
    intent: detectIntent(tokens, text),
    side: distinctSides.length === 1 ? (distinctSides[0] ?? null) : null,
    unknownWords,
    landmarks: landmarkHits.map((hit) => hit.landmark),
    activity: action === detected ? null : activity,
  };
}

/** The side word just before a name ("my left bicep") or just after it ("the biceps on the left"). */
function sideFor(
  mention: Mention,
  sideWords: readonly SideWord[],
  tokens: readonly string[],
): Side | null {
  const filler = new Set([
    'my',
    'the',
    'his',
    'her',
    'your',
    'their',
    'our',
    'on',
    'of',
    'and',
    'in',
  ]);
  const gapIsFiller = (from: number, to: number) =>
    tokens.slice(from, to).every((t) => filler.has(t));
  const before = sideWords.filter(
    (w) => w.end <= mention.start && gapIsFiller(w.end, mention.start),
  );
  const nearest = before.at(-1);
  if (nearest !== undefined) return nearest.side;
  const after = sideWords.find((w) => w.start >= mention.end && gapIsFiller(mention.end, w.start));
  return after?.side ?? null;
}

const namesMuscles = (tokens: readonly string[], mention: Mention): boolean => {
  const next = tokens[mention.end];
  // "forearm muscles", "muscles of the back", "what muscles are in the arm"
  const before = tokens.slice(Math.max(0, mention.start - 5), mention.start);
  // The region's own name may hold the word: "back muscles" is a name of the back.
  const named = /\bmuscles?$/.test(mention.text);
  // "Everything in the forearm", "all of the thigh": its muscles.
  const all = ['everything', 'all'].some((w) => before.includes(w));
  return next === 'muscle' || next === 'muscles' || before.includes('muscles') || named || all;
};

/** "Fibularis longus and brevis": the second name shares all but its last word with the first. */
function siblingMentions(
  tokens: readonly string[],
  mentions: readonly SidedMention[],
  lexicon: Lexicon,
): SidedMention[] {
  const found: SidedMention[] = [];
  for (const mention of mentions) {
    const words = mention.matched.split(' ');
    const next = tokens[mention.end + 1];
    if (mention.kind !== 'muscle' || words.length < 2 || next === undefined) continue;
    if (!['and', 'or', 'plus'].includes(tokens[mention.end] ?? '')) continue;
    if (mentions.some((m) => m.start === mention.end + 1)) continue;
    const key = [...words.slice(0, -1), next].join(' ');
    const target = lexicon.targets.get(key);
    if (target?.kind !== 'muscle') continue;
    found.push({
      kind: 'muscle',
      ids: [...target.ids],
      start: mention.end + 1,
      end: mention.end + 2,
      text: next,
      matched: key,
      distance: 0,
      side: mention.side,
      asMuscles: false,
    });
  }
  return found;
}

/** Direction words that qualify a name ("deltoid anterior") rather than extend it. */
const QUALIFIERS = new Set([
  'anterior',
  'posterior',
  'lateral',
  'medial',
  'superior',
  'inferior',
  'upper',
  'lower',
  'middle',
  'long',
  'short',
  'head',
  'heads',
  'part',
  'parts',
  'fibres',
  'fibers',
  'lateralis',
  'medialis',
]);

/** Latin endings of muscle names: "pedis", "minimus", "labii", "superioris". */
const LATIN = /(us|is|ii|ae|or|um|eus|ius|ior)$/;

function markUnmatchedNames(
  tokens: readonly string[],
  mentions: SidedMention[],
  explained: ReadonlySet<number>,
  lexicon: Lexicon,
): void {
  const nameLike = (i: number): boolean => {
    const token = tokens[i] ?? '';
    return (
      !explained.has(i) &&
      token.length >= 4 &&
      /^[a-z]+$/.test(token) &&
      !COMMON_WORDS.has(token) &&
      !QUALIFIERS.has(token) &&
      !patternVocabulary().has(token) &&
      (lexicon.words.has(token) || LATIN.test(token))
    );
  };
  for (const mention of mentions) {
    if (mention.kind !== 'muscle' && mention.kind !== 'group') continue;
    let end = mention.end;
    while (nameLike(end)) end++;
    let start = mention.start;
    while (start > 0 && nameLike(start - 1)) start--;
    if (end > mention.end || start < mention.start)
      mention.unmatched = tokens.slice(start, end).join(' ');
  }
}
