import { ask, type ConversationCase } from './conversation-case.js';

const S = 'shown first';

/** The first sentence says what is shown and what is not; "it is" for one, "they are" for more. */
export const shownFirstCases: ConversationCase[] = [
  ask(S, 'show me the trapezius and the lats', {
    select: ['trapezius'],
    first: /^Here is the trapezius; the latissimus dorsi is not in this 3D model/,
  }),
  ask(S, 'show the lats and the traps', {
    select: ['trapezius'],
    first: /^Here is the trapezius; the latissimus dorsi is not/,
  }),
  ask(S, 'highlight the masseter and the temporalis', {
    select: [],
    first: /masseter and the temporalis are not in this 3D model/i,
  }),
  ask(S, 'show the biceps, brachialis and brachioradialis', {
    select: ['biceps-brachii', 'brachialis'],
    first: /^Here are the biceps brachii and the brachialis; the brachioradialis is not/,
  }),
  ask(S, 'show me the deltoid and the latissimus dorsi', {
    select: ['deltoid'],
    first: /^Here is the deltoid; the latissimus dorsi is not/,
  }),
  ask(S, 'show the rectus abdominis and external oblique', {
    select: ['external-oblique'],
    first: /^Here is the external oblique; the rectus abdominis is not/,
  }),
  ask(S, 'where are the sartorius and the gracilis', {
    select: ['gracilis'],
    first: /gracilis.*sartorius is not/,
  }),
  ask(S, 'show the fibularis longus and brevis', {
    select: [],
    first: /are not in this 3D model/,
  }),
  ask(S, 'show me the abs', {
    select: ['external-oblique'],
    first: /^Here is the external oblique.*not in this 3D model/,
  }),
  ask(S, 'show the calves', {
    select: ['gastrocnemius', 'soleus'],
    first: /^Here is the triceps surae/,
  }),
  ask(S, 'show the soleus', { first: /^Here is the soleus/ }),
  ask(S, 'show the hamstrings', { first: /^Here are the hamstrings/ }),
  ask(S, 'show me the rotator cuff', { first: /^Here is the rotator cuff/ }),
  ask(S, 'show the triceps', { first: /^Here is the triceps/, never: [/Here are the triceps/] }),
  ask(S, 'show the biceps', { first: /^Here is the biceps/ }),
  ask(S, 'what muscles flex the elbow', {
    says: [
      /Here are the biceps brachii and brachialis, seen from the front; the brachioradialis is not/,
    ],
  }),
  ask(S, 'what dorsiflexes the ankle', { says: [/Here it is|Here they are/] }),
  ask(S, 'show the quads and the lats', {
    selectIncludes: ['rectus-femoris'],
    first: /^Here is the quadriceps femoris; the latissimus dorsi is not/,
  }),
  ask(S, 'show the scalenes', { first: /^Here are the scalenes/ }),
  ask(S, 'isolate the pecs and the lats', {
    first: /pectoralis major.*latissimus dorsi is not/i,
  }),
  ask(S, 'show me the glutes', { first: /^Here are the gluteal muscles|^Here are the glutes/ }),
  ask(S, 'show the quadratus lumborum and the erector spinae', {
    selectIncludes: ['longissimus-thoracis'],
    first: /^Here (is|are) the erector spinae; the quadratus lumborum is not/,
  }),
  ask(S, 'show me the levator scapulae and the masseter and the trapezius', {
    select: ['levator-scapulae', 'trapezius'],
    first: /^Here are the levator scapulae and the trapezius; the masseter is not/,
  }),
  ask(S, 'show the platysma', { select: [], first: /^The platysma is not in this 3D model/ }),
  ask(S, 'show the gastroc and soleus and plantaris', {
    first: /^Here are the gastrocnemius, the soleus and the plantaris/,
  }),
  ask(S, 'show the hip flexors', {
    first:
      /^Here are the iliacus, psoas major, rectus femoris, tensor fasciae latae and pectineus \(of the hip flexors\); the sartorius is not/,
  }),
  ask(S, 'what does the lat do and show the teres major', {
    first: /teres major; the latissimus dorsi is not/i,
  }),
  ask(S, ['show the biceps', 'add the brachioradialis'], {
    select: ['biceps-brachii'],
    first: /brachioradialis is not in this 3D model/i,
  }),
  ask(S, 'show me the abs and obliques', {
    select: ['external-oblique'],
    first: /^Here is the external oblique \(of the abdominal wall muscles\); the rectus abdominis/,
  }),
  ask(S, 'what straightens the elbow', { says: [/Here it is/, /Helping it/] }),
  ask(S, 'show the biceps and the lats and tell me their nerves', {
    first: /^Here is the biceps brachii; the latissimus dorsi is not in this 3D model/,
    says: [/musculocutaneous/, /thoracodorsal/],
  }),
  // "I can't see it": what covers it hidden, or x-ray on for a deep muscle.
  ask(S, ['show me the pec minor', 'i cant see it'], {
    select: ['pectoralis-minor'],
    hidden: ['pectoralis-major'],
    says: [/hidden the pectoralis major/],
  }),
  ask(S, ['show the supinator', "i can't see it"], { select: ['supinator'], says: [/x-ray on/] }),
  ask(S, ['show the biceps', "what's underneath it"], { select: ['brachialis'], view: 'anterior' }),
  ask(S, ['show the triceps', 'now rotate to the back'], {
    view: 'posterior',
    never: [/Which joint/],
  }),
  // A long answer streams for seconds: the muscles are on screen before it, not after.
  ask(S, 'tell me everything about the quadriceps', {
    first: /^Here is the quadriceps femoris, seen from the front/,
    select: ['rectus-femoris', 'vastus-intermedius', 'vastus-lateralis', 'vastus-medialis'],
    says: [/Femoral nerve/],
  }),
  ask(S, ['show the biceps', 'give me all the facts about the hamstrings'], {
    first: /^Here are the hamstrings/,
    select: ['biceps-femoris', 'semimembranosus', 'semitendinosus'],
    says: [/Sciatic nerve|tibial/i],
  }),
  // "All the muscles except X" isolates X; it does not switch the muscle layer off.
  ask(S, 'hide all the muscles except the biceps', {
    select: ['biceps-brachii'],
    isolated: ['biceps-brachii'],
  }),
];
