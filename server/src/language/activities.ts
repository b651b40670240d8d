import type { ActionPair } from './detect-action.js';
import { compilePattern, findTagged, type PhrasePattern, type Span } from './phrase-pattern.js';

/** An everyday activity or exercise, and the (at most three) movements that carry it. */
export interface Activity {
  /** How the answer names it after "when": "squatting", "doing a push-up". */
  name: string;
  pairs: readonly ActionPair[];
  /** Muscles named outright where the catalog's movement is too broad (the face's). */
  muscles: readonly string[];
}

const pair = (spec: string): ActionPair => {
  const [joint, movement] = spec.split(':');
  return { joint, movement } as ActionPair;
};

const activity = (source: string, name: string, pairs: string) => ({
  pattern: compilePattern(source),
  tag: { name, pairs: pairs.split(' ').map(pair), muscles: [] },
});

/** Faces move by muscle, not by joint: "face:compression" closes the eyes, lips and cheeks. */
const facial = (source: string, name: string, muscle: string) => ({
  pattern: compilePattern(source),
  tag: { name, pairs: [], muscles: [muscle] },
});

const OWNER = '?my|the|your|his|her|our|their|a|one';

/**
 * What students ask about by the activity rather than the movement: "what muscles do I use to
 * squat". Longest phrases first. Each lists the movements a kinesiology text names first for it.
 */
const activities: { pattern: PhrasePattern; tag: Activity }[] = [
  activity(
    `get|getting|gets|stand|standing|stands|rise|rising up ?from ${OWNER} chair|seat|sitting`,
    'standing up from a chair',
    'hip:extension knee:extension',
  ),
  activity('stand|standing|stands up', 'standing up', 'hip:extension knee:extension'),
  // "What keeps my pelvis level when I walk": the hip abductors of the standing leg.
  activity(
    `keep|keeps|keeping|hold|holds|holding|stabilise|stabilises|stabilize|stabilizes ${OWNER} pelvis|hips|hip level|stable|steady|up`,
    'keeping the pelvis level',
    'hip:abduction',
  ),
  activity(
    `stabilise|stabilises|stabilize|stabilizes|stabilising|stabilizing ${OWNER} pelvis`,
    'keeping the pelvis level',
    'hip:abduction',
  ),
  activity(
    `stop|stops|prevent|prevents ${OWNER} pelvis|hip|hips from dropping|sagging|tilting`,
    'keeping the pelvis level',
    'hip:abduction',
  ),
  activity(
    'climb|climbing|climbs|walk|walking|go|going up ?the stairs|stair|steps',
    'climbing stairs',
    'hip:extension knee:extension ankle:plantarflexion',
  ),
  activity(
    'climb|climbing|climbs ?the stairs|stair|steps',
    'climbing stairs',
    'hip:extension knee:extension ankle:plantarflexion',
  ),
  // Foot drop: the shin muscles lift the front of the foot so it clears the ground.
  activity(
    `stop|stops|stopping|prevent|prevents|keep|keeps ${OWNER} foot|feet|toes from slapping|dropping|dragging|catching|flopping`,
    'lifting the front of the foot as you walk',
    'ankle:dorsiflexion',
  ),
  activity(
    `lift|lifts|lifting|raise|raises|raising|pull|pulls|pulling ${OWNER} foot|feet up`,
    'lifting the front of the foot',
    'ankle:dorsiflexion',
  ),
  activity(
    'foot drop|slap|slapping',
    'lifting the front of the foot as you walk',
    'ankle:dorsiflexion',
  ),
  activity(
    `lift|lifts|lifting|raise|raises|raising ${OWNER} heel|heels`,
    'lifting the heels',
    'ankle:plantarflexion',
  ),
  activity(
    'push|press up|ups',
    'doing a push-up',
    'elbow:extension shoulder:flexion scapula:protraction',
  ),
  activity(
    'pushups|pushup|pressups|pressup',
    'doing a push-up',
    'elbow:extension shoulder:flexion scapula:protraction',
  ),
  activity(
    'bench|chest press|presses|pressing',
    'doing a bench press',
    'elbow:extension shoulder:flexion shoulder:adduction',
  ),
  activity(
    'overhead|shoulder|military press|presses|pressing',
    'pressing overhead',
    'shoulder:abduction elbow:extension scapula:upward-rotation',
  ),
  activity(
    'pull|chin up|ups',
    'doing a pull-up',
    'shoulder:adduction shoulder:extension elbow:flexion',
  ),
  activity(
    'pullups|pullup|chinups|chinup|pulldown|pulldowns',
    'doing a pull-up',
    'shoulder:adduction shoulder:extension elbow:flexion',
  ),
  activity(
    'lat pulldown|pulldowns',
    'doing a lat pulldown',
    'shoulder:adduction shoulder:extension elbow:flexion',
  ),
  activity('row|rows|rowing', 'rowing', 'scapula:retraction shoulder:extension elbow:flexion'),
  activity(
    'squat|squats|squatting|lunge|lunges|lunging',
    'squatting or lunging',
    'hip:extension knee:extension',
  ),
  activity('leg press|presses', 'doing a leg press', 'hip:extension knee:extension'),
  activity(
    'deadlift|deadlifts|deadlifting',
    'deadlifting',
    'hip:extension knee:extension trunk:extension',
  ),
  activity(
    'hip|glute thrust|thrusts|bridge|bridges',
    'doing a hip thrust or bridge',
    'hip:extension',
  ),
  activity(
    'jump|jumps|jumping|hop|hops|hopping',
    'jumping',
    'hip:extension knee:extension ankle:plantarflexion',
  ),
  activity(
    'run|runs|running|sprint|sprints|sprinting|jog|jogs|jogging|walk|walks|walking',
    'walking or running',
    'hip:flexion hip:extension ankle:plantarflexion',
  ),
  activity(
    'cycle|cycling|bike|biking|pedal|pedalling|pedaling',
    'cycling',
    'hip:extension knee:extension ankle:plantarflexion',
  ),
  activity(`kick|kicks|kicking ${OWNER} ?ball`, 'kicking', 'hip:flexion knee:extension'),
  activity(
    `throw|throws|throwing|pitch|pitching ${OWNER} ball|baseball|javelin|dart|punch`,
    'throwing',
    'shoulder:medial-rotation elbow:extension trunk:rotation',
  ),
  activity('bicep|biceps|arm|hammer curl|curls|curling', 'doing a curl', 'elbow:flexion'),
  activity(
    'throw|throws|throwing',
    'throwing',
    'shoulder:medial-rotation elbow:extension trunk:rotation',
  ),
  // "Grip", "a stronger grip", "grasping": the word alone carries it; a fist is made.
  activity('grip|grips|gripping|grasp|grasping', 'gripping', 'fingers:flexion thumb:flexion'),
  activity(`make|making ${OWNER} fist`, 'gripping', 'fingers:flexion thumb:flexion'),
  // Squeezing the knees or thighs together is the hip adductors' job, not the knee's.
  activity(
    `squeeze|squeezes|squeezing|press|presses|pressing ${OWNER} knees|thighs|legs ?together`,
    'squeezing the knees together',
    'hip:adduction',
  ),
  activity(
    `squeeze|squeezes|squeezing ${OWNER} ?stress|tennis ball|balls|hand|hands|something`,
    'squeezing',
    'fingers:flexion thumb:flexion',
  ),
  // Twisting a lid or a handle: the forearm turns, the fingers hold on.
  activity(
    `open|opens|opening|unscrew|unscrews|unscrewing|twist|twists|twisting ${OWNER} jar|lid|cap|bottle|jars|lids`,
    'twisting a lid open',
    'radioulnar:supination radioulnar:pronation fingers:flexion',
  ),
  activity(
    `turn|turns|turning|twist|twisting ${OWNER} doorknob|doorknobs|handle|key|screwdriver`,
    'turning a handle',
    'radioulnar:supination radioulnar:pronation fingers:flexion',
  ),
  activity('type|typing|types', 'typing', 'fingers:flexion fingers:extension wrist:extension'),
  // Standing tall: the back straightens, the hips and the calves hold the body over the feet.
  activity(
    `hold|holds|holding|keep|keeps|keeping ${OWNER} ?me|us|body upright|up|straight|tall|erect`,
    'holding the body upright',
    'trunk:extension hip:extension ankle:plantarflexion',
  ),
  activity(
    'stand|standing up|upright straight|tall|upright|erect',
    'holding the body upright',
    'trunk:extension hip:extension ankle:plantarflexion',
  ),
  activity(
    'sit|sits|sitting up straight|tall|upright|properly',
    'sitting up straight',
    'trunk:extension',
  ),
  activity(
    'posture',
    'holding the body upright',
    'trunk:extension hip:extension ankle:plantarflexion',
  ),
  // Looking over the shoulder, checking a blind spot: the head turns, the shoulder stays put.
  activity(
    `look|looks|looking|glance|glances|glancing|check|checking|peek|peeking ?back over ${OWNER} shoulder|shoulders`,
    'looking over your shoulder',
    'head:rotation neck:rotation',
  ),
  activity(
    'look|looks|looking|glance|glances|glancing behind me|us|them|him|her',
    'looking behind you',
    'head:rotation neck:rotation trunk:rotation',
  ),
  activity(
    'turn|turns|turning round|around to look|see behind',
    'looking behind you',
    'head:rotation neck:rotation trunk:rotation',
  ),
  activity(
    `check|checks|checking ${OWNER} blind spot|spot`,
    'looking over your shoulder',
    'head:rotation neck:rotation',
  ),
  activity(
    `shake|shakes|shaking ${OWNER} head ?no`,
    'shaking your head',
    'head:rotation neck:rotation',
  ),
  // Looking up and down: the head and neck tip back or bow forward.
  activity(
    'look|looks|looking|gaze|gazing|glance|glancing up|upward|upwards at|to|towards',
    'looking up',
    'head:extension neck:extension',
  ),
  activity(
    'look|looks|looking up ?at ?the ceiling|sky|stars',
    'looking up',
    'head:extension neck:extension',
  ),
  activity(
    `tilt|tilts|tilting|tip|tips|tipping|throw|throwing ${OWNER} head back|backward|backwards`,
    'tipping the head back',
    'head:extension neck:extension',
  ),
  activity(
    'look|looks|looking|gaze|gazing|glance|glancing down|downward|downwards ?at|to|towards',
    'looking down',
    'neck:flexion',
  ),
  activity(
    `hold|holds|holding|keep|keeps|keeping|support|supports|supporting ${OWNER} head up|upright|steady`,
    'holding the head up',
    'head:extension neck:extension',
  ),
  // Pelvic tilt happens at the hip joints, with the lower back following it.
  activity(
    `tilt|tilts|tilting|tip|tips|tipping|rotate|rotates ${OWNER} pelvis|hips forward|forwards|anteriorly|down`,
    'tilting the pelvis forward (anterior pelvic tilt)',
    'hip:flexion trunk:extension',
  ),
  activity(
    'anterior pelvic tilt',
    'tilting the pelvis forward (anterior pelvic tilt)',
    'hip:flexion trunk:extension',
  ),
  activity(
    `tilt|tilts|tilting|tip|tips|tipping|tuck|tucks|tucking|rotate|rotates ${OWNER} pelvis|hips back|backward|backwards|posteriorly|under|up`,
    'tilting the pelvis back (posterior pelvic tilt)',
    'hip:extension trunk:flexion',
  ),
  activity(
    'posterior pelvic tilt',
    'tilting the pelvis back (posterior pelvic tilt)',
    'hip:extension trunk:flexion',
  ),
  activity(
    `tilt|tilts|tilting|tip|tips|tipping ${OWNER} pelvis`,
    'tilting the pelvis (forward with the hip flexors, back with the hip extensors)',
    'hip:flexion hip:extension',
  ),
  activity(
    'pelvic tilt|tilts|tilting',
    'tilting the pelvis (forward with the hip flexors, back with the hip extensors)',
    'hip:flexion hip:extension',
  ),
  activity('plank|planks|planking', 'holding a plank', 'trunk:stabilization trunk:flexion'),
  activity(
    `point|points|pointing ${OWNER} ?index finger|fingers`,
    'pointing a finger',
    'fingers:extension',
  ),
  facial(
    `close|closes|closing|shut|shuts|shutting ${OWNER} eye|eyes|eyelid|eyelids`,
    'closing the eyes',
    'orbicularis-oculi',
  ),
  facial(
    'blink|blinks|blinking|wink|winks|winking|squint|squints|squinting',
    'blinking',
    'orbicularis-oculi',
  ),
  facial(
    `raise|raises|raising|lift|lifts|lifting ${OWNER} eyebrow|eyebrows|brow|brows`,
    'raising the eyebrows',
    'frontalis',
  ),
  facial(`wrinkle|wrinkles|wrinkling ${OWNER} forehead`, 'raising the eyebrows', 'frontalis'),
  facial(
    `pucker|puckers|puckering|purse|purses|pursing ?${OWNER} ?lips`,
    'pursing the lips',
    'orbicularis-oris',
  ),
  facial('kiss|kissing|whistle|whistling', 'pursing the lips', 'orbicularis-oris'),
  facial(`close|closes|closing|shut ${OWNER} lips`, 'pursing the lips', 'orbicularis-oris'),
  facial(
    `blow|blows|blowing|puff|puffs|puffing ?out ${OWNER} cheeks|cheek`,
    'blowing out the cheeks',
    'buccinator',
  ),
  facial('smile|smiles|smiling|grin|grins|grinning', 'smiling', 'zygomaticus-major'),
];

/** "Pull up the traps" shows them; "walk me through", "run through" and "cycle through" guide. */
const COMMAND_NEXT = new Set([
  'the',
  'my',
  'a',
  'an',
  'all',
  'his',
  'her',
  'your',
  'me',
  'us',
  'through',
  'it',
  'them',
]);

/** The activity a message asks about, with the movements the catalog records for it. */
export function findActivity(
  tokens: readonly string[],
  known: ReadonlySet<string>,
  blocked: ReadonlySet<number>,
): (Activity & Span) | null {
  for (const hit of findTagged(tokens, activities, blocked)) {
    const next = tokens[hit.end] ?? '';
    const single = hit.end - hit.start === 1 || tokens[hit.end - 1] === 'up';
    if (single && COMMAND_NEXT.has(next)) continue;
    const pairs = hit.tag.pairs.filter((p) => known.has(`${p.joint}:${p.movement}`));
    if (pairs.length > 0 || hit.tag.muscles.length > 0)
      return { ...hit.tag, pairs, start: hit.start, end: hit.end };
  }
  return null;
}
