import type { Joint, Movement } from '#shared/anatomy/catalog-schema';
import {
  compilePattern,
  consume,
  findTagged,
  type PhrasePattern,
  type Span,
} from './phrase-pattern.js';

/** A movement at a joint, as the catalog records actions: "extend the knee". */
export interface ActionPair {
  joint: Joint;
  movement: Movement;
}

export interface ActionRequest {
  /** The movements asked about, in the order named. Empty when the message names none. */
  pairs: ActionPair[];
  /** A movement was named without a joint that fixes it ("which muscles extend?"). */
  missingJoint: Movement | null;
  consumed: Set<number>;
}

/** A movement word as written; "raise", "lower" and "turn" take their meaning from the joint. */
type CueMovement = Movement | 'raise' | 'lower' | 'turn' | 'move';
type CueTag = { movement: CueMovement; joint?: Joint };

const words = (list: string, movement: CueMovement, joint?: Joint) =>
  list.split(/\s+/).map((word) => ({ pattern: compilePattern(word), tag: { movement, joint } }));
const phrase = (source: string, movement: CueMovement, joint?: Joint) => ({
  pattern: compilePattern(source),
  tag: { movement, joint },
});

const OWNER = '?my|the|your|his|her|our|their|one|ones';

/** Movement words, longest phrases first; some imply their joint ("shrug" is the scapula). */
const cues: { pattern: PhrasePattern; tag: CueTag }[] = [
  phrase('breathe|breathing|breath out', 'expiration', 'ribs'),
  phrase('breathe|breathing|breath in', 'inspiration', 'ribs'),
  phrase(`open|opens|opening ${OWNER} mouth|jaw`, 'depression', 'mandible'),
  phrase(`close|closes|closing|shut ${OWNER} mouth|jaw`, 'elevation', 'mandible'),
  phrase(`point|points|pointing ${OWNER} toes|toe|foot|feet`, 'plantarflexion', 'ankle'),
  phrase(
    `stand|standing|rise|rising|go|get|up on ${OWNER} tiptoe|tiptoes|toes|tip`,
    'plantarflexion',
    'ankle',
  ),
  phrase('calf raise|raises', 'plantarflexion', 'ankle'),
  phrase('push|pushing off', 'plantarflexion', 'ankle'),
  phrase(
    `squeeze|squeezes|squeezing|pinch|pinches|pull|pulls|draw ${OWNER} shoulder blade|blades together|back`,
    'retraction',
    'scapula',
  ),
  phrase(
    `squeeze|squeezes|squeezing|pinch|pinches ${OWNER} shoulder blade|blades`,
    'retraction',
    'scapula',
  ),
  phrase(`arch|arches|arching ${OWNER} back|spine|lower`, 'extension', 'trunk'),
  // "Pull my shoulders back" when standing straight: the shoulder blades, not the arm.
  phrase(
    `pull|pulls|pulling|draw|draws|drawing|roll|rolls|rolling|brace|bracing|set ${OWNER} shoulders back|backward|backwards`,
    'retraction',
    'scapula',
  ),
  phrase(
    `round|rounds|rounding|hunch|hunches|hunching ${OWNER} shoulders|shoulder|back`,
    'protraction',
    'scapula',
  ),
  phrase(
    `roll|rolls|rolling|push|pushes|pushing|bring|brings|pull|pulls|pulling|draw|draws ${OWNER} shoulders forward|forwards`,
    'protraction',
    'scapula',
  ),
  phrase('palm|palms ?to ?face|faces|facing up|upward|upwards|upright', 'supination', 'radioulnar'),
  phrase('palm|palms ?to ?face|faces|facing down|downward|downwards', 'pronation', 'radioulnar'),
  phrase('sit up|ups', 'flexion', 'trunk'),
  phrase('situps|situp|crunch|crunches', 'flexion', 'trunk'),
  phrase('sit ups|up', 'flexion', 'trunk'),
  phrase('side bend|bending|bends|flexion', 'lateral-flexion'),
  phrase('lateral flexion', 'lateral-flexion'),
  phrase('bend|bends|bending|tilt|tilts|tilting * sideways|sidewards', 'lateral-flexion'),
  phrase('bend|bends|bending|tilt|tilts|tilting * * sideways|sidewards', 'lateral-flexion'),
  phrase('bend|bends|bending|tilt|tilts|tilting * to the|one side', 'lateral-flexion'),
  phrase('bend|bends|bending|tilt|tilts|tilting * * to the|one side', 'lateral-flexion'),
  phrase('bend|bends|bending|tilt|tilts|tilting to the|one side', 'lateral-flexion'),
  phrase(
    `rotate|rotates|rotating|turn|turns|turning|tilt|tilts ${OWNER} ?shoulder blade|blades|scapula|scapulae upward|upwards|up`,
    'upward-rotation',
    'scapula',
  ),
  phrase(
    `rotate|rotates|rotating|turn|turns|turning|tilt|tilts ${OWNER} ?shoulder blade|blades|scapula|scapulae downward|downwards|down`,
    'downward-rotation',
    'scapula',
  ),
  phrase('upward|upwards rotation|rotate|rotates', 'upward-rotation'),
  phrase('downward|downwards rotation|rotate|rotates', 'downward-rotation'),
  phrase('medial|internal rotation|rotators', 'medial-rotation'),
  phrase('lateral|external rotation|rotators', 'lateral-rotation'),
  ...words(
    'flex flexes flexing flexed flexion flexor flexors bend bends bending bent curl curls curling',
    'flexion',
  ),
  ...words(
    'extend extends extending extended extension extensor extensors straighten straightens straightening',
    'extension',
  ),
  ...words(
    'abduct abducts abducting abduction abductor abductors spread spreads spreading',
    'abduction',
  ),
  ...words('adduct adducts adducting adduction adductor adductors', 'adduction'),
  ...words('rotate rotates rotating rotation rotator rotators twist twists twisting', 'rotation'),
  ...words('turn turns turning', 'turn'),
  ...words(
    'pull pulls pulling push pushes pushing move moves moving bring brings bringing draw draws drawing swing swings kick kicks tilt tilts tilting tip tips squeeze squeezes squeezing',
    'move',
  ),
  ...words('elevate elevates elevating elevation raise raises raising lift lifts lifting', 'raise'),
  ...words('depress depresses depressing depression lower lowers lowering', 'lower'),
  ...words('shrug shrugs shrugging', 'elevation', 'scapula'),
  ...words('protract protracts protracting protraction punch punches punching', 'protraction'),
  ...words('retract retracts retracting retraction', 'retraction'),
  ...words('pronate pronates pronating pronation pronator pronators', 'pronation', 'radioulnar'),
  ...words(
    'supinate supinates supinating supination supinator supinators',
    'supination',
    'radioulnar',
  ),
  ...words(
    'dorsiflex dorsiflexes dorsiflexing dorsiflexion dorsiflexor dorsiflexors',
    'dorsiflexion',
    'ankle',
  ),
  ...words(
    'plantarflex plantarflexes plantarflexing plantarflexion plantarflexor plantarflexors tiptoe tiptoes',
    'plantarflexion',
    'ankle',
  ),
  ...words('invert inverts inverting inversion', 'inversion', 'subtalar'),
  ...words('evert everts everting eversion', 'eversion', 'subtalar'),
  ...words('oppose opposes opposing opposition', 'opposition', 'thumb'),
  ...words('inhale inhales inhaling inspiration inspire breathe breathing', 'inspiration', 'ribs'),
  ...words('exhale exhales exhaling expiration expire cough coughing', 'expiration', 'ribs'),
  ...words(
    'chew chews chewing bite bites biting clench clenches clenching',
    'elevation',
    'mandible',
  ),
  ...words('swallow swallows swallowing', 'elevation', 'hyoid'),
  ...words('nod nods nodding', 'flexion', 'neck'),
  ...words(
    'stabilize stabilise stabilizes stabilises stabilizing stabilising stabilization stabilisation stabilizer stabilizers stabiliser stabilisers steady steadies',
    'stabilization',
  ),
];

/**
 * Joint words; "arm" is the shoulder joint ("raise the arm") unless it is bent or straightened
 * (the elbow), "leg" is decided by the movement.
 */
const jointWords: { pattern: PhrasePattern; tag: Joint | 'leg' | 'arm' }[] = (
  [
    ['shoulder blade|blades', 'scapula'],
    ['shoulder girdle', 'scapula'],
    ['big|great toe|toes', 'great-toe'],
    ['upper arm|arms', 'shoulder'],
    ['pelvic floor', 'pelvic-floor'],
    ['rib cage', 'ribs'],
    ['knee|knees', 'knee'],
    ['elbow|elbows', 'elbow'],
    ['hip|hips|thigh|thighs', 'hip'],
    ['leg|legs', 'leg'],
    ['shoulder|shoulders|humerus', 'shoulder'],
    ['arm|arms', 'arm'],
    ['scapula|scapulae|scapulas', 'scapula'],
    ['wrist|wrists|hand|hands', 'wrist'],
    ['finger|fingers|digits', 'fingers'],
    ['thumb|thumbs', 'thumb'],
    ['ankle|ankles|foot|feet', 'ankle'],
    ['toe|toes', 'toes'],
    ['hallux', 'great-toe'],
    ['neck', 'neck'],
    ['head', 'head'],
    ['trunk|torso|spine|back|waist|core|vertebral', 'trunk'],
    ['jaw|mandible|mouth', 'mandible'],
    ['forearm|forearms|palm|palms', 'radioulnar'],
    ['rib|ribs|ribcage|chest', 'ribs'],
    ['hyoid|larynx|throat', 'hyoid'],
    ['face|lips|lip|eyes|eyelids|brow|brows|eyebrows|cheek|cheeks', 'face'],
  ] as const
).map(([source, tag]) => ({ pattern: compilePattern(source), tag }));

const medialWords = new Set([
  'medial',
  'medially',
  'internal',
  'internally',
  'inward',
  'inwards',
  'in',
]);
const lateralWords = new Set([
  'lateral',
  'laterally',
  'external',
  'externally',
  'outward',
  'outwards',
  'out',
]);
/** "Medially", "outwards": the way a rotation named without its joint turns, if said. */
export const rotationDirection = (
  tokens: readonly string[],
): 'medial-rotation' | 'lateral-rotation' | null =>
  tokens.some((t) => medialWords.has(t) && t !== 'in')
    ? 'medial-rotation'
    : tokens.some((t) => lateralWords.has(t) && t !== 'out')
      ? 'lateral-rotation'
      : null;

const sidewaysWords = new Set([
  'sideways',
  'side',
  'out',
  'outwards',
  'laterally',
  'away',
  'apart',
]);
const togetherWords = new Set([
  'together',
  'in',
  'inward',
  'inwards',
  'across',
  'toward',
  'towards',
  'midline',
]);
const upWords = new Set(['up', 'upward', 'upwards']);
const downWords = new Set(['down', 'downward', 'downwards']);
const directionWords = new Set([
  'back',
  'backward',
  'backwards',
  'behind',
  'forward',
  'forwards',
  'front',
  'up',
  'upward',
  'upwards',
  'down',
  'downward',
  'downwards',
  'sideways',
  'out',
  'outwards',
  'away',
  'apart',
  'together',
  'across',
  'towards',
  'toward',
  'around',
]);
const forwardWords = new Set(['forward', 'forwards', 'front', 'up']);
/** Everyday words for flexing and extending a limb at its middle joint. */
const LAY_BENDING = new Set([
  'bend',
  'bends',
  'bending',
  'bent',
  'straighten',
  'straightens',
  'straightening',
]);
const backwardWords = new Set(['backward', 'backwards', 'behind', 'back']);

/**
 * Reads the movement a message asks about ("which muscles extend the knee?", "what lets me
 * shrug?") as catalog (joint, movement) pairs. Only pairs the catalog records are returned.
 */
export function detectAction(
  tokens: readonly string[],
  known: ReadonlySet<string>,
  blocked: ReadonlySet<number> = new Set(),
): ActionRequest {
  const consumed = new Set<number>();
  const unavailable = new Set(blocked);
  const found: (Span & { tag: CueTag })[] = findTagged(tokens, cues, unavailable);
  if (found.length === 0) return { pairs: [], missingJoint: null, consumed };
  // A joint may sit inside a movement phrase ("bend the neck sideways"), not on a movement word.
  const movementWords = new Set(blocked);
  consume(
    movementWords,
    found.filter((cue) => cue.end - cue.start === 1),
  );
  consume(unavailable, found);
  const joints = findTagged(tokens, jointWords, movementWords);

  // "Pull the arm back": "back" is the direction when another joint is named.
  const named = joints.filter((j) => tokens[j.start] !== 'back');
  if (named.length > 0 && named.length < joints.length) joints.splice(0, joints.length, ...named);
  // A joint named by a direction word is no direction: "bend my lower back forward" bends it
  // forward.
  const jointAt = new Set(
    joints.map((j) => j.start).filter((i) => directionWords.has(tokens[i] ?? '')),
  );
  const rest = new Set(tokens.filter((_, i) => !movementWords.has(i) && !jointAt.has(i)));
  const pairs: ActionPair[] = [];
  let missingJoint: Movement | null = null;
  for (const cue of found) {
    const { movement, joint } = cue.tag;
    // "Turn the deltoid off", "turn it back on": a switch, not a rotation.
    if (movement === 'turn' && switchesAfter(tokens, cue.end)) continue;
    const targets = joint !== undefined ? [joint] : jointsOfCue(cue, found, joints);
    if (targets.length === 0) {
      // "Turn", "raise" and "lower" alone are everyday words ("turn on x-ray"), not questions.
      if (
        movement !== 'turn' &&
        movement !== 'raise' &&
        movement !== 'lower' &&
        movement !== 'move'
      )
        missingJoint ??= bareMovement(movement);
      continue;
    }
    let read = false;
    // "Bend my arm", "straighten the arm" (lay words, no direction): the elbow. "Extend the arm"
    // (the anatomists' arm), "raise", "pull it back": the shoulder.
    const lay =
      LAY_BENDING.has(tokens[cue.start] ?? '') && ![...rest].some((w) => directionWords.has(w));
    const atJoints = targets.map((target) =>
      target === 'arm' ? (lay ? 'elbow' : 'shoulder') : target,
    );
    for (const pair of atJoints.flatMap((target) => resolve(movement, target, rest))) {
      if (!known.has(`${pair.joint}:${pair.movement}`)) continue;
      read = true;
      if (!pairs.some((p) => p.joint === pair.joint && p.movement === pair.movement))
        pairs.push(pair);
    }
    // A cue that asked nothing the catalog records ("lower" in "my lower back") stays free.
    if (read) consume(consumed, [cue]);
  }
  if (pairs.length > 0) {
    consume(consumed, joints);
    // Direction words were read with the movement: "back" is not the back here.
    tokens.forEach((token, i) => {
      if (directionWords.has(token) && !blocked.has(i)) consumed.add(i);
    });
  }
  return { pairs, missingJoint: pairs.length > 0 ? null : missingJoint, consumed };
}

/**
 * The joints a movement word acts on: with two verbs and their joints ("straighten the knee and
 * bend the hip"), each verb takes the joints between it and the next verb; otherwise, or when
 * none sit there ("flex and extend the knee"), every joint named.
 */
function jointsOfCue<T>(
  cue: Span,
  cues: readonly Span[],
  joints: readonly (Span & { tag: T })[],
): T[] {
  const all = joints.map((j) => j.tag);
  const next = cues.find((c) => c.start >= cue.end)?.start ?? Infinity;
  const own = joints.filter((j) => j.start >= cue.end && j.start < next);
  const othersHaveJoints = joints.some((j) => j.start < cue.start || j.start >= next);
  return own.length > 0 && othersHaveJoints ? own.map((j) => j.tag) : all;
}

const TRAILING = new Set(['please', 'again', 'now']);
/** "Off" within a few words after, or "on" closing the message: the verb switches something. */
const switchesAfter = (tokens: readonly string[], from: number): boolean => {
  let end = tokens.length;
  while (end > from && TRAILING.has(tokens[end - 1] ?? '')) end -= 1;
  const near = tokens.slice(from, Math.min(end, from + 5));
  return near.includes('off') || (tokens[end - 1] === 'on' && end - from <= 5);
};

const bareMovement = (movement: CueMovement): Movement =>
  movement === 'raise'
    ? 'elevation'
    : movement === 'lower'
      ? 'depression'
      : movement === 'turn' || movement === 'move'
        ? 'rotation'
        : movement;

/** Turns a cue and a joint word into catalog pairs, reading direction words around it. */
function resolve(
  movement: CueMovement,
  joint: Joint | 'leg',
  rest: ReadonlySet<string>,
): ActionPair[] {
  const has = (set: ReadonlySet<string>) => [...set].some((w) => rest.has(w));
  if (movement === 'move') return moveWithDirection(joint === 'leg' ? 'hip' : joint, has);
  if (joint === 'leg') {
    if (movement === 'raise') return [{ joint: 'hip', movement: 'flexion' }];
    if (movement === 'lower') return [{ joint: 'hip', movement: 'extension' }];
    return resolve(movement, 'knee', rest);
  }
  switch (movement) {
    case 'raise':
      if (joint === 'shoulder') {
        // "Lift my shoulders up to my ears" is a shrug; so is lifting the shoulders themselves
        // rather than the arm ("what lifts my shoulders up").
        if (
          has(new Set(['ear', 'ears', 'shrug', 'hunch'])) ||
          (has(new Set(['shoulder', 'shoulders'])) && !has(new Set(['arm', 'arms'])))
        )
          return [{ joint: 'scapula', movement: 'elevation' }];
        if (has(sidewaysWords)) return [{ joint, movement: 'abduction' }];
        if (has(forwardWords)) return [{ joint, movement: 'flexion' }];
        return [
          { joint, movement: 'flexion' },
          { joint, movement: 'abduction' },
        ];
      }
      if (joint === 'hip' || joint === 'knee') {
        if (has(sidewaysWords)) return [{ joint: 'hip', movement: 'abduction' }];
        return [{ joint: 'hip', movement: 'flexion' }];
      }
      if (joint === 'ankle') return [{ joint, movement: 'dorsiflexion' }];
      if (joint === 'toes' || joint === 'great-toe') return [{ joint, movement: 'extension' }];
      if (joint === 'ribs') return [{ joint, movement: 'inspiration' }];
      if (joint === 'head' || joint === 'neck')
        return [
          { joint: 'neck', movement: 'extension' },
          { joint: 'head', movement: 'extension' },
        ];
      return [{ joint, movement: 'elevation' }];
    case 'lower':
      if (joint === 'shoulder')
        return [{ joint, movement: has(backwardWords) ? 'extension' : 'adduction' }];
      if (joint === 'ribs') return [{ joint, movement: 'expiration' }];
      return [{ joint, movement: 'depression' }];
    case 'turn':
    case 'rotation':
      if (joint === 'radioulnar') {
        if (has(new Set(['up', 'upward', 'upwards', 'over'])))
          return [{ joint, movement: 'supination' }];
        if (has(new Set(['down', 'downward', 'downwards'])))
          return [{ joint, movement: 'pronation' }];
        return [
          { joint, movement: 'supination' },
          { joint, movement: 'pronation' },
        ];
      }
      if (joint === 'head' || joint === 'neck')
        return [
          { joint: 'head', movement: 'rotation' },
          { joint: 'neck', movement: 'rotation' },
        ];
      if (has(medialWords)) return [{ joint, movement: 'medial-rotation' }];
      if (has(lateralWords)) return [{ joint, movement: 'lateral-rotation' }];
      if (joint === 'shoulder' || joint === 'hip' || joint === 'knee') {
        return [
          { joint, movement: 'medial-rotation' },
          { joint, movement: 'lateral-rotation' },
        ];
      }
      return [{ joint, movement: 'rotation' }];
    case 'flexion':
      // "Bend the wrist back" is extension.
      if ((joint === 'wrist' || joint === 'trunk' || joint === 'neck') && has(backwardWords))
        return [{ joint, movement: 'extension' }];
      if (joint === 'ankle')
        return [
          {
            joint,
            movement: has(new Set(['up', 'upward', 'upwards', 'dorsi']))
              ? 'dorsiflexion'
              : 'plantarflexion',
          },
        ];
      if (joint === 'head') return [{ joint: 'neck', movement: 'flexion' }];
      return [{ joint, movement }];
    case 'extension':
      if (joint === 'ankle') return [{ joint, movement: 'dorsiflexion' }];
      return [{ joint, movement }];
    case 'inspiration':
    case 'expiration':
      return [{ joint: 'ribs', movement }];
    default:
      return [{ joint, movement }];
  }
}

/** "Pull", "bring", "push", "tilt" take their movement from the direction words around them. */
function moveWithDirection(joint: Joint, has: (set: ReadonlySet<string>) => boolean): ActionPair[] {
  const back = has(backwardWords);
  const forward = has(forwardWords) && !has(downWords);
  switch (joint) {
    case 'shoulder':
    case 'hip':
      if (back) return [{ joint, movement: 'extension' }];
      if (has(sidewaysWords)) return [{ joint, movement: 'abduction' }];
      if (has(togetherWords) || has(downWords)) return [{ joint, movement: 'adduction' }];
      if (forward) return [{ joint, movement: 'flexion' }];
      return [];
    case 'scapula':
      if (has(upWords)) return [{ joint, movement: 'elevation' }];
      if (has(downWords)) return [{ joint, movement: 'depression' }];
      if (back || has(togetherWords)) return [{ joint, movement: 'retraction' }];
      if (forward || has(sidewaysWords) || has(new Set(['around'])))
        return [{ joint, movement: 'protraction' }];
      return [];
    case 'head':
      // The catalog records nodding at the head or the neck: ask for both.
      if (back || has(upWords))
        return [
          { joint: 'head', movement: 'extension' },
          { joint: 'neck', movement: 'extension' },
        ];
      if (forward || has(downWords))
        return [
          { joint: 'head', movement: 'flexion' },
          { joint: 'neck', movement: 'flexion' },
        ];
      // "Which muscles move the head": nodding and turning it.
      return [
        { joint: 'head', movement: 'flexion' },
        { joint: 'head', movement: 'extension' },
        { joint: 'head', movement: 'rotation' },
      ];
    case 'trunk':
    case 'neck':
    case 'wrist':
      if (back || has(upWords)) return [{ joint, movement: 'extension' }];
      if (forward || has(downWords)) return [{ joint, movement: 'flexion' }];
      if (joint === 'wrist') return [];
      return [
        { joint, movement: 'flexion' },
        { joint, movement: 'extension' },
        { joint, movement: 'rotation' },
      ];
    case 'knee':
      if (back) return [{ joint, movement: 'flexion' }];
      if (forward) return [{ joint, movement: 'extension' }];
      return [];
    case 'thumb':
      // "Pull the thumb across the palm" brings it in; "out to the side" takes it away.
      if (has(togetherWords)) return [{ joint, movement: 'adduction' }];
      if (has(sidewaysWords)) return [{ joint, movement: 'abduction' }];
      return [];
    case 'ankle':
      if (has(upWords)) return [{ joint, movement: 'dorsiflexion' }];
      if (has(downWords)) return [{ joint, movement: 'plantarflexion' }];
      return [];
    default:
      return [];
  }
}
