import { ask, OFF_TOPIC, type ConversationCase } from './conversation-case.js';

const QUADS = ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius'];
const HAMSTRINGS = ['biceps-femoris', 'semitendinosus', 'semimembranosus'];
const sided = (ids: readonly string[], side: 'left' | 'right') => ids.map((id) => `${id}:${side}`);
const F = 'follow-ups';

/** Short turns that lean on the previous one: sides, parts, views, facts, "the same for…". */
export const followUpCases: ConversationCase[] = [
  ask(F, ['show my left biceps', 'do the same on the other arm'], {
    select: ['biceps-brachii:right'],
    never: [OFF_TOPIC],
  }),
  ask(F, ['highlight the right quads', 'add the left one as well'], { select: QUADS }),
  ask(F, ['show both hamstrings', 'only the right one now'], {
    select: sided(HAMSTRINGS, 'right'),
  }),
  ask(F, ['left tricep pls', 'now the other side'], { select: ['triceps-brachii:right'] }),
  ask(F, ['show my right calf', 'and the left one too'], { select: ['gastrocnemius', 'soleus'] }),
  ask(F, ['right deltoid', 'just the left one'], { select: ['deltoid:left'] }),
  ask(F, ['show the glutes', 'only on the left'], {
    select: sided(['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'], 'left'),
  }),
  ask(F, ['highlight my left pec', 'same on the right side'], {
    select: ['pectoralis-major:right'],
  }),
  ask(F, ['show the left gracilis', 'both sides please'], { select: ['gracilis'] }),
  ask(F, ['show the deltoid', 'now turn it around'], { select: ['deltoid'], view: 'left' }),
  ask(F, ['show the biceps', 'turn it round'], { select: ['biceps-brachii'], view: 'posterior' }),
  ask(F, ['hide the bones', 'and the skin'], { says: [/no skin/], never: [OFF_TOPIC] }),
  ask(F, ['show the biceps', 'undo'], { says: [/can't step back/], never: [OFF_TOPIC] }),
  ask(F, ['show the biceps', 'no, i meant the triceps'], {
    select: ['triceps-brachii'],
    never: [/hidden/],
  }),
  ask(F, 'show the leg muscles except the calf', {
    selectIncludes: ['tibialis-anterior'],
    selectExcludes: ['gastrocnemius', 'soleus'],
  }),
  ask(F, 'show the arm with no biceps', {
    select: ['triceps-brachii', 'coracobrachialis', 'brachialis'],
    never: [/hidden/],
  }),
  ask(F, 'show the hamstrings but not the biceps femoris', {
    select: ['semitendinosus', 'semimembranosus'],
  }),
  ask(F, 'show everything but the arms', {
    says: [/every muscle back and hidden the arm muscles/],
  }),
  ask(F, 'hide the biceps but not the triceps', { says: [/hidden the biceps brachii/] }),
  ask(F, 'do not show the biceps', { says: [/hidden the biceps brachii/] }),
  ask(F, 'show the quads, no wait, the hamstrings', {
    select: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
    never: [/hidden/],
  }),
  ask(F, 'show the biceps but the triceps too', { select: ['biceps-brachii', 'triceps-brachii'] }),
  ask(F, 'make the biceps blue and the triceps red', {
    select: ['biceps-brachii', 'triceps-brachii'],
    first: /biceps brachii in blue and the triceps brachii in red/,
  }),
  ask(F, ['show me the upper traps', 'and the lower ones'], { parts: ['trapezius/ascending'] }),
  ask(F, ['show me the upper traps', 'now the middle ones'], { parts: ['trapezius/transverse'] }),
  ask(F, ['show the deltoid and the biceps', 'turn the deltoid off'], {
    says: [/hidden the deltoid/i],
    never: [/biceps brachii/i],
  }),
  ask(F, ['show the pecs', 'make it disappear', 'put it back'], {
    says: [/pectoralis major is visible again/i],
    never: [/Here is the back/i],
  }),
  ask(F, ['switch the deltoid off', 'turn the deltoid back on'], {
    says: [/deltoid is visible again/i],
    never: [/trunk/i],
  }),
  ask(F, ['hide the hamstrings', 'hide the quads', 'bring them back'], {
    says: [/quadriceps femoris are visible again/i],
    hidden: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
  }),
  ask(F, ['take the biceps away', 'ok can you bring the biceps back please'], {
    says: [/biceps brachii is visible again/i],
    hidden: [],
    never: [/trunk/i],
  }),
  ask(F, ['hide the hamstrings', 'hide the quads', 'show the hamstrings again'], {
    select: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
    hidden: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius'],
  }),
  // "Show them" after partners already on screen shows those, not their own partners.
  ask(F, ['show me the antagonists of the biceps', 'show them'], {
    select: ['triceps-brachii', 'pronator-teres', 'pronator-quadratus'],
    never: [/antagonists of the triceps/i],
  }),
  ask(F, ['show the biceps', 'what are its synergists', 'show them'], {
    select: ['brachialis', 'supinator'],
    never: [/synergists of/i],
  }),
  ask(F, 'what muscles bring the arm back', {
    selectIncludes: ['deltoid', 'teres-major'],
    never: [/visible again/i],
  }),
  ask(F, ['show only the hamstrings', 'take the biceps femoris away'], {
    says: [/hidden the biceps femoris/i],
  }),
  ask(F, ['show the biceps', 'and its nerve?'], {
    select: ['biceps-brachii'],
    says: [/musculocutaneous/i],
  }),
  ask(F, ['whats the nerve for the biceps', 'what about the triceps?'], {
    select: ['triceps-brachii'],
    says: [/radial nerve/i],
    never: [/three-headed muscle at the back/i],
  }),
  ask(F, ['where does the deltoid insert', 'and the supraspinatus?'], {
    select: ['supraspinatus'],
    says: [/greater tubercle/i],
  }),
  ask(F, ['what does the soleus do', 'and what nerve supplies it?'], {
    says: [/tibial nerve/i],
    never: [OFF_TOPIC],
  }),
  ask(F, ['show the hamstrings', 'what do they do'], { says: [/knee/i], never: [OFF_TOPIC] }),
  ask(F, ['show the trapezius', 'from behind'], { select: ['trapezius'], view: 'posterior' }),
  ask(F, ['show the rectus femoris', 'from the side now'], {
    select: ['rectus-femoris'],
    view: 'right',
  }),
  ask(F, ['show the sternocleidomastoid', 'hide it'], { says: [/hidden/i] }),
  ask(F, ['show the quads', 'isolate them'], { isolated: QUADS }),
  ask(F, ['which muscles flex the elbow', 'and the knee?'], {
    selectIncludes: ['biceps-femoris'],
    selectExcludes: ['biceps-brachii'],
  }),
  ask(F, ['what extends the knee', 'what about the hip?'], {
    selectIncludes: ['gluteus-maximus'],
    selectExcludes: ['vastus-lateralis'],
  }),
  ask(F, ['where does the pec major originate', 'and where does it insert?'], {
    says: [/intertubercular|lateral lip|humerus/i],
  }),
  ask(F, ['show me the infraspinatus', 'whats its blood supply'], {
    says: [/suprascapular|circumflex scapular/i],
  }),
  ask(F, ['show my left hamstrings', 'what about the right?'], {
    select: sided(HAMSTRINGS, 'right'),
  }),
  ask(F, ['show the right biceps', 'add the triceps'], {
    select: ['biceps-brachii:right', 'triceps-brachii:right'],
  }),
  ask(F, ['show the left biceps', 'the other one'], { select: ['biceps-brachii:right'] }),
  ask(F, ['highlight the tibialis anterior', 'zoom in on it'], {
    focusIncludes: ['tibialis-anterior'],
  }),
  ask(F, ['show the rotator cuff', 'now the same for the hamstrings'], { select: HAMSTRINGS }),
  ask(F, ['what nerve supplies the quads?', 'same for the hamstrings'], {
    select: HAMSTRINGS,
    says: [/sciatic|tibial/i],
  }),
  ask(F, ['show the left gastrocnemius', 'swap sides'], { select: ['gastrocnemius:right'] }),
  ask(F, ['show me my right hammy', 'now the left one'], { select: sided(HAMSTRINGS, 'left') }),
  ask(F, ['can u show the bicep on my left arm', 'what about the right arm'], {
    select: ['biceps-brachii:right'],
  }),
  ask(F, ['highlight both calfs', 'just the right'], {
    select: ['gastrocnemius:right', 'soleus:right'],
  }),
  ask(F, ['show left glute max', 'other side pls'], { select: ['gluteus-maximus:right'] }),
  ask(F, ['show the rotator cuff', 'and what nerves supply them'], {
    says: [/suprascapular/i, /axillary/i],
  }),
  ask(F, ['show the deltoid', 'what about from the back'], {
    select: ['deltoid'],
    view: 'posterior',
    never: [/triangular muscle/],
  }),
  ask(F, ['show the pecs', 'whats the insertion'], { says: [/intertubercular/i] }),
  ask(F, ['what nerve innervates the traps', 'and the rhomboids?'], {
    select: ['rhomboid-major', 'rhomboid-minor'],
    says: [/dorsal scapular/i],
  }),
  ask(F, ['what does the tibialis anterior do', 'same for the soleus'], {
    select: ['soleus'],
    says: [/plantarflex/i],
  }),
  ask(F, ['where is the flexor hallucis longus', 'flip it around'], {
    select: ['flexor-hallucis-longus'],
    view: 'anterior',
  }),
  ask(F, ['show the lats', 'what about the teres major'], { select: ['teres-major'] }),
  ask(F, ['show me the popliteus', 'what does it do'], { says: [/rotates the knee/i] }),
  ask(F, ['which muscles abduct the hip', 'and the shoulder?'], {
    selectIncludes: ['deltoid', 'supraspinatus'],
    selectExcludes: ['gluteus-medius'],
  }),
  ask(F, ['show the right SCM', 'add the left too'], { select: ['sternocleidomastoid'] }),
  ask(F, ['show my left quads', 'switch to the other leg'], { select: sided(QUADS, 'right') }),
  ask(F, ['highlight the right infraspinatus', 'and the teres minor'], {
    select: ['infraspinatus:right', 'teres-minor:right'],
  }),
  ask(F, ['show the soleus', 'hide it', 'bring it back'], { says: [/visible again|brought/i] }),
  ask(F, ['where does the brachialis insert', 'how about the biceps'], {
    select: ['biceps-brachii'],
    says: [/radial tuberosity/i],
  }),
  ask(F, ['show me my left quadricep', 'do the right one aswell'], { select: QUADS }),
  ask(F, ['highlight ur left delt', 'can u do the other 1'], { select: ['deltoid:right'] }),
  ask(F, ['where r the hamstrings', 'wat nerve'], { says: [/sciatic/i] }),
  ask(F, ['shw me the rhomboids', 'whr do they attach'], { says: [/origins and insertions/i] }),
  ask(F, ['show the biceps', 'its antagonist?'], { says: [/triceps/i] }),
  ask(F, ['show the glute med', 'flip round'], { select: ['gluteus-medius'], view: 'anterior' }),
  ask(F, ['which muscles retract the scapula', 'and protract it?'], {
    selectIncludes: ['serratus-anterior'],
    selectExcludes: ['rhomboid-major'],
  }),
  ask(F, ['show me the right pecs', 'mirror it'], { select: ['pectoralis-major:left'] }),
  ask(F, ['highlight the traps', 'just the left side'], { select: ['trapezius:left'] }),
  ask(F, ['show me both soleus', 'remove the left one'], { select: ['soleus:right'] }),
  ask(F, ['show my r bicep', 'and my l tricep'], {
    select: ['biceps-brachii:right', 'triceps-brachii:left'],
  }),
  ask(F, ['show the sternocleidomastoid', 'whats its innervation'], { says: [/accessory/i] }),
  ask(F, ['what does the gracilis do', 'and where does it insert'], {
    says: [/pes anserinus/i],
    never: [/adducts/i],
  }),
  ask(F, ['show the rectus femoris', 'what about its blood supply'], {
    says: [/circumflex femoral/i],
  }),
  ask(F, ['where r the hamstrings', 'hide the right ones'], { says: [/hidden the right/i] }),
  ask(F, ['show my left biceps', 'no not that one, the right one'], {
    select: ['biceps-brachii:right'],
  }),
  ask(F, ['show the quads', 'not the quads, the hamstrings'], { select: HAMSTRINGS }),
  ask(F, ["don't show the biceps, show the triceps"], { select: ['triceps-brachii'] }),
  ask(F, ['show the deltoid', "i didn't mean the deltoid, i meant the trapezius"], {
    select: ['trapezius'],
  }),
  ask(F, ['show everything except the biceps'], { says: [/hidden the biceps brachii/] }),
  ask(F, ['show me the trapezius', 'what nerve is it'], { says: [/accessory/i] }),
  ask(F, ['show the hamstrings', 'where do they insert'], {
    says: [/Insertions of the hamstrings/],
  }),
  ask(F, ['show me the rotator cuff', 'which of them is deepest'], {
    says: [/deepest are the supraspinatus and subscapularis/],
  }),
  // A place in the list the last answer gave.
  ask(F, ['show the rotator cuff', 'tell me about the second one'], {
    select: ['infraspinatus'],
    says: [/infraspinatus/],
  }),
  ask(F, ['show the hamstrings', 'hide the last one'], { says: [/hidden the semimembranosus/] }),
  // The partners an answer named, lit on "show them".
  ask(F, ['tibialis anterior', 'and its antagonist?', 'show them'], {
    select: ['gastrocnemius', 'soleus'],
  }),
  ask(F, ['show me the antagonists of the biceps'], {
    selectIncludes: ['triceps-brachii'],
    selectExcludes: ['biceps-brachii'],
  }),
  // "Which of them …" narrows what is on screen by what the catalog records.
  ask(F, ['show the quads', 'which of them crosses the hip'], {
    select: ['rectus-femoris'],
    says: [/rectus femoris flexes the hip/],
  }),
  ask(F, ['show the glutes', 'which of them is supplied by the inferior gluteal nerve'], {
    select: ['gluteus-maximus'],
  }),
  ask(F, ['show the hamstrings', 'which one is most lateral'], {
    says: [/doesn't record that/],
    never: [/^Here are the hamstrings\.$/],
  }),
  // A sibling named by its last word only, after the muscle talked about.
  ask(F, ['glute max', 'and the med'], { selectIncludes: ['gluteus-medius'] }),
  ask(F, ['what nerve supplies the vastus medialis', 'what about the lateralis'], {
    select: ['vastus-lateralis'],
    says: [/vastus lateralis is supplied by the femoral nerve/],
  }),
  ask(F, ['show the pec major', 'and the minor'], {
    select: ['pectoralis-major', 'pectoralis-minor'],
  }),
  // Movements among the muscles on screen, without their joint.
  ask(F, ['show the rotator cuff', 'which of these does external rotation'], {
    select: ['infraspinatus', 'teres-minor'],
  }),
  ask(F, ['show the rotator cuff', 'which of them medially rotates'], {
    select: ['subscapularis'],
  }),
  ask(F, ['show the rotator cuff', 'which of these laterally rotate the shoulder'], {
    select: ['infraspinatus', 'teres-minor'],
  }),
  // "What happens when it contracts" asks what the muscle does.
  ask(F, ['show the sternocleidomastoid', 'what happens when one side contracts'], {
    select: ['sternocleidomastoid'],
    says: [/one side/i, /rotates the head/i],
    never: [/outside what I know/i],
  }),
  ask(F, ['show the trapezius', 'what happens when it contracts'], { says: [/shoulder blade/i] }),
  ask(F, 'what happens when the biceps contracts', {
    select: ['biceps-brachii'],
    says: [/flexes the elbow/i],
  }),
  // "Work against it" asks for the antagonists, "work with it" for the synergists.
  ask(F, ['show the deltoid', 'what muscles work against it'], {
    says: [/antagonists of the deltoid/i, /teres major/i],
  }),
  ask(F, ['show the biceps', 'which muscles act against it?'], {
    says: [/antagonists/i, /triceps/i],
  }),
  ask(F, ['show the deltoid', 'what muscles work with it'], {
    says: [/synergists of the deltoid/i, /supraspinatus/i],
  }),
  ask(F, 'which muscles work together with the biceps', { says: [/synergists/i, /brachialis/i] }),
  // "How is it different from X": the muscle in view and X side by side, not X alone.
  ask(F, ['show me the brachialis', 'how is it different from the biceps'], {
    select: ['brachialis', 'biceps-brachii'],
    says: [/brachialis/i, /supinat/i],
  }),
  ask(F, ['show me the brachialis', 'compare it with the biceps'], {
    select: ['brachialis', 'biceps-brachii'],
  }),
  ask(F, ['show the soleus', 'and how does that differ from the gastrocnemius?'], {
    select: ['soleus', 'gastrocnemius'],
    says: [/soleus/i, /gastrocnemius/i],
  }),
  // "Everything else" is what is not selected: isolate the selection, never hide it.
  ask(F, ['show me the soleus', 'hide everything else'], { isolated: ['soleus'] }),
  ask(F, ['show the deltoid', 'ok get rid of everything else'], { isolated: ['deltoid'] }),
  ask(F, ['show the biceps', 'remove all else pls'], { isolated: ['biceps-brachii'] }),
  ask(F, ['highlight the quads', 'can you hide everything else so i can see them'], {
    isolated: QUADS,
  }),
  ask(F, ['show tibialis anterior', 'show only the left one'], {
    select: ['tibialis-anterior:left'],
    isolated: ['tibialis-anterior'],
  }),
  ask(F, ['show the quads', 'which one is deep', 'zoom in on that one'], {
    select: ['vastus-intermedius'],
    focusIncludes: ['vastus-intermedius'],
  }),
  // A fallback's example muscle is no subject of the conversation.
  ask(F, ['what does it do', 'which one is the main one'], { selectExcludes: ['deltoid'] }),
  // The muscle next to the one talked about, by its name: the other of a pair, a placed sibling.
  ask(F, ['show the teres major', 'and the other one'], {
    selectIncludes: ['teres-minor'],
    never: [OFF_TOPIC],
  }),
  ask(F, ['show the teres major', 'what about the other teres'], {
    select: ['teres-minor'],
    never: [/which one do you mean/i],
  }),
  ask(F, ['show the pec major', 'what does the other one do'], {
    says: [/pectoralis minor (lowers|pulls)/],
  }),
  ask(F, ['show the glute max', 'and the other ones'], {
    selectIncludes: ['gluteus-medius', 'gluteus-minimus'],
  }),
  ask(F, ['show the rhomboid minor', 'the bigger one'], { select: ['rhomboid-major'] }),
  ask(F, ['show the vastus lateralis', 'and the medial one'], {
    selectIncludes: ['vastus-medialis'],
  }),
  // With one part on screen, "the other" of a two-part muscle is its other part.
  ask(F, ['show the long head of the biceps', 'and the other head'], {
    parts: ['biceps-brachii/short-head'],
    says: [/short head of the biceps brachii/],
  }),
  ask(F, ['show the medial head of gastrocnemius', 'and the other one'], {
    parts: ['gastrocnemius/lateral-head'],
  }),
  ask(F, ['show the vastus medialis', 'what about the one on the outside'], {
    select: ['vastus-lateralis'],
  }),
  // With no namesake, which other one is asked back, never guessed nor read as off-topic.
  ask(F, ['show the soleus', 'and the other one'], {
    select: ['soleus'],
    first: /^Which other one do you mean\?/,
    says: [/gastrocnemius/],
  }),
  ask(F, ['show the teres major', 'what about the others'], { select: ['teres-minor'] }),
  ask(F, ['show the gluteus maximus', 'which other muscles are there'], {
    select: ['gluteus-maximus'],
    first: /^Around the gluteus maximus/,
    says: [/gluteus medius and the gluteus minimus/, /Under it lies the gluteus medius/],
  }),
  // "The other one" of a muscle on one side is still the other side.
  ask(F, ['show my left biceps', 'and the other one'], {
    select: ['biceps-brachii'],
    never: [/biceps brachii and/],
  }),
  // A position word that places a part of the muscle talked about.
  ask(F, ['show the triceps', 'show me the medial one'], {
    parts: ['triceps-brachii/medial-head'],
    never: [OFF_TOPIC],
  }),
  ask(F, ['show the gastrocnemius', 'the medial one'], {
    parts: ['gastrocnemius/medial-head'],
  }),
  ask(F, ['show the upper trapezius', 'and lower'], {
    parts: ['trapezius/ascending'],
    never: [OFF_TOPIC],
  }),
  // Above, below, next to: what the catalog's descriptions say, or plainly that they do not.
  ask(F, ['show the infraspinatus', 'and the one below it?'], {
    select: ['teres-minor'],
    says: [/place the teres minor below the infraspinatus/],
  }),
  ask(F, ["what's above the rhomboid major"], { select: ['rhomboid-minor'] }),
  ask(F, ['show the biceps', 'the one underneath'], {
    select: ['brachialis'],
    says: [/brachialis as lying under the biceps/],
  }),
  ask(F, ['show the gastrocnemius', "what's underneath?"], { select: ['soleus'] }),
  ask(F, 'show the deltoid from underneath', {
    view: 'inferior',
    select: ['deltoid'],
    never: [/superficial layer/],
  }),
  ask(F, ['show the teres major', 'the one below'], {
    select: ['teres-major'],
    says: [/doesn't say which muscle lies below the teres major/, /teres minor/],
    never: [OFF_TOPIC],
  }),
  ask(F, ['show the teres minor', 'which muscle is next to it'], {
    select: ['infraspinatus'],
  }),
  // Turning with no direction named steps round the body from the current view.
  ask(F, ['show the deltoid', 'spin it'], { view: 'posterior', select: ['deltoid'] }),
  ask(F, ['show the deltoid', 'rotate it a bit'], {
    view: 'posterolateral-right',
    says: [/Turning a little/],
  }),
  ask(F, ['show the biceps', 'turn it slightly'], { view: 'anterolateral-right' }),
  ask(F, ['show the biceps', 'turn it around'], { view: 'posterior' }),
  // A small zoom out frames the muscle's region first, then the whole body.
  ask(F, ['show the deltoid', 'zoom out a bit'], {
    focusRegion: 'shoulder',
    select: ['deltoid'],
    says: [/Zooming out a little to the shoulder/],
  }),
  ask(F, ['show the biceps', 'zoom out a little', 'zoom out a bit more'], {
    says: [/whole body/],
  }),
  ask(F, ['show the shoulder', 'zoom out a little'], {
    says: [/whole body is the next step out/],
  }),
  ask(F, ['show the biceps', 'zoom out'], { says: [/^Zooming out to the whole body/] }),
  ask(F, ['show the deltoid', 'give it a spin'], {
    view: 'posterior',
    never: [/^Here is the deltoid\.$/],
  }),
  ask(F, ['show the teres major', 'rotate it 45 degrees'], { view: 'posterolateral-left' }),
  ask(F, ['show the teres major', 'rotate it 90 degrees'], { view: 'left' }),
  // Camera words with "the other one" keep both: the namesake, seen as asked.
  ask(F, ['show the teres major', 'what about the other one from behind'], {
    select: ['teres-minor'],
    view: 'posterior',
    never: [/Which other one/],
  }),
  // "A bit" is no part of the muscle, nor "back" when the camera pulls back.
  ask(F, ['show the deltoid', 'pull back a bit'], { parts: [], focusRegion: 'shoulder' }),
];
