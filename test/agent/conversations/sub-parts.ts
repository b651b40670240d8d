import { ask, type ConversationCase } from './conversation-case.js';

const P = 'parts';

/**
 * Parts and heads of one muscle: where the model draws the part as a mesh of its own, only that
 * part lights up (`parts`); otherwise the whole muscle does and the answer says so.
 */
export const subPartCases: ConversationCase[] = [
  ask(P, 'upper trapezius', {
    select: ['trapezius'],
    parts: ['trapezius/descending'],
    says: [/descending|upper/i, /elevat|shrug/i],
  }),
  ask(P, 'show the lower traps', {
    select: ['trapezius'],
    parts: ['trapezius/ascending'],
    says: [/ascending|lower/i, /depress|lowers the shoulder blade/i],
  }),
  ask(P, 'middle trapezius please', {
    select: ['trapezius'],
    parts: ['trapezius/transverse'],
    says: [/transverse|middle/i, /retract/i],
  }),
  ask(P, 'the front of the deltoid', {
    select: ['deltoid'],
    parts: ['deltoid/clavicular'],
    says: [/clavicular|anterior|front/i, /flex/i],
  }),
  ask(P, 'show me the rear delt', {
    select: ['deltoid'],
    parts: ['deltoid/spinal'],
    says: [/spinal|posterior|rear|back/i, /extend/i],
  }),
  ask(P, 'side delts', { select: ['deltoid'], says: [/acromial|middle|side/i, /abduct/i] }),
  ask(P, 'long head of the biceps', {
    select: ['biceps-brachii'],
    parts: ['biceps-brachii/long-head'],
    says: [/long head/i, /supraglenoid/i],
  }),
  ask(P, 'short head of biceps', {
    select: ['biceps-brachii'],
    parts: ['biceps-brachii/short-head'],
    says: [/short head/i, /coracoid/i],
  }),
  ask(P, 'the long head of the triceps', {
    select: ['triceps-brachii'],
    parts: ['triceps-brachii/long-head'],
    says: [/long head/i, /infraglenoid/i],
  }),
  ask(P, 'lateral head of tricep', { select: ['triceps-brachii'], says: [/lateral head/i] }),
  ask(P, 'medial head of the gastrocnemius', { select: ['gastrocnemius'], says: [/medial head/i] }),
  ask(P, 'show the lateral gastrocnemius', { select: ['gastrocnemius'], says: [/lateral head/i] }),
  ask(P, 'upper chest', { select: ['pectoralis-major'], says: [/clavicular/i] }),
  ask(P, 'clavicular head of pec major', { select: ['pectoralis-major'], says: [/clavicular/i] }),
  ask(P, 'short head of the biceps femoris', { select: ['biceps-femoris'], says: [/short head/i] }),
  ask(P, 'sternal head of the sternocleidomastoid', {
    select: ['sternocleidomastoid'],
    says: [/sternal head/i],
  }),
  ask(P, 'the left upper trap', {
    select: ['trapezius:left'],
    parts: ['trapezius/descending'],
    says: [/descending|upper/i],
  }),
  ask(P, ['show the triceps', 'just its long head'], {
    select: ['triceps-brachii'],
    parts: ['triceps-brachii/long-head'],
    says: [/long head/i],
  }),
  ask(P, ['show the deltoid', 'only the front part'], {
    select: ['deltoid'],
    parts: ['deltoid/clavicular'],
    says: [/clavicular|front/i],
  }),
  ask(P, ['show the biceps', 'which head is the long one?'], {
    select: ['biceps-brachii'],
    says: [/long head/i],
  }),
  ask(P, 'what does the upper trapezius do', { says: [/elevat|shrug/i], never: [/depress/i] }),
  ask(P, 'what does the posterior deltoid do', {
    says: [/extend/i],
    never: [/abducts the shoulder/i],
  }),
  ask(P, 'upper traps from the side', {
    select: ['trapezius'],
    view: 'right',
    says: [/descending/i],
  }),
  ask(P, 'the rear deltoids', { select: ['deltoid'], says: [/spinal \(rear\)/i] }),
  ask(P, 'show the long head of the biceps femoris', {
    select: ['biceps-femoris'],
    parts: ['biceps-femoris/long-head'],
    says: [/ischial/i],
  }),
  ask(P, 'the outer head of the triceps', { select: ['triceps-brachii'], says: [/lateral head/i] }),
  ask(P, ['show the gastrocnemius', 'just the inner head'], {
    select: ['gastrocnemius'],
    parts: ['gastrocnemius/medial-head'],
    says: [/medial head/i],
  }),
  ask(P, 'show the gastrocnemius lateralis', { select: ['gastrocnemius'], says: [/lateral head/] }),
  ask(P, 'show me the upper trapezius', {
    select: ['trapezius'],
    parts: ['trapezius/descending'],
    first: /^Here is the descending \(upper\) part of the trapezius/,
  }),
  ask(P, 'rear delt', {
    select: ['deltoid'],
    parts: ['deltoid/spinal'],
    says: [/spinal \(rear\)/],
  }),
  ask(P, 'the long head of the biceps', {
    select: ['biceps-brachii'],
    parts: ['biceps-brachii/long-head'],
    first: /^Here is the long head of the biceps brachii/,
  }),
  ask(P, 'medial head of gastrocnemius', {
    select: ['gastrocnemius'],
    parts: ['gastrocnemius/medial-head'],
    says: [/medial head/],
  }),
  ask(P, 'lateral head of the triceps', {
    select: ['triceps-brachii'],
    parts: ['triceps-brachii/lateral-head'],
    says: [/lateral head/],
  }),
  ask(P, 'show the right rear delt', {
    select: ['deltoid:right'],
    parts: ['deltoid/spinal'],
    first: /right deltoid/,
  }),
  ask(P, 'the clavicular part of the left pec major', {
    select: ['pectoralis-major:left'],
    parts: ['pectoralis-major/clavicular'],
  }),
  ask(P, 'show the sternal head of the sternocleidomastoid', {
    select: ['sternocleidomastoid'],
    parts: [],
    says: [/no separate mesh for the sternal head/, /whole sternocleidomastoid/],
  }),
  ask(P, ['show the upper trapezius', 'now the whole deltoid'], {
    select: ['deltoid'],
    parts: [],
  }),
  ask(P, ['show the biceps', 'just its short head'], {
    select: ['biceps-brachii'],
    parts: ['biceps-brachii/short-head'],
    says: [/short head/],
  }),
  ask(P, 'show the humeral head of pronator teres', {
    select: ['pronator-teres'],
    parts: ['pronator-teres/humeral-head'],
  }),
  ask(P, 'the front delts', { select: ['deltoid'], parts: ['deltoid/clavicular'] }),
  ask(P, 'the medial head of flexor hallucis brevis', {
    select: ['flexor-hallucis-brevis'],
    parts: ['flexor-hallucis-brevis/medial-head'],
    says: [/medial head/],
  }),
  // A part of what was just shown, named by a word that is also a region ("back", "upper").
  ask(P, ['show the deltoid', 'and the back part of it?'], {
    select: ['deltoid'],
    parts: ['deltoid/spinal'],
    never: [/catalog lists \d+ muscles/],
  }),
  ask(P, ['pull up the traps', 'what about its lower fibres'], {
    select: ['trapezius'],
    parts: ['trapezius/ascending'],
    says: [/ascending|lower/i],
  }),
  ask(P, ['the trapezius from behind', 'only the upper bit'], {
    select: ['trapezius'],
    parts: ['trapezius/descending'],
  }),
  // A head named against a group: the one muscle of it that has that head.
  ask(P, 'inner head of the calf muscle', {
    select: ['gastrocnemius'],
    parts: ['gastrocnemius/medial-head'],
    selectExcludes: ['soleus'],
  }),
  ask(P, 'long head of the hamstrings', {
    select: ['biceps-femoris'],
    parts: ['biceps-femoris/long-head'],
  }),
  // A part told apart by where it arises or what it does.
  ask(P, 'which bit of the pec attaches to the collarbone', {
    select: ['pectoralis-major'],
    parts: ['pectoralis-major/clavicular'],
    says: [/clavicular/i, /clavicle/],
    never: [/I can highlight muscles, not bones/, /Sternocostal part:/],
  }),
  ask(P, 'which head of the biceps comes off the coracoid', {
    select: ['biceps-brachii'],
    parts: ['biceps-brachii/short-head'],
    says: [/short head/, /coracoid/],
  }),
  ask(P, 'which part of the traps shrugs the shoulders', {
    select: ['trapezius'],
    parts: ['trapezius/descending'],
  }),
  ask(P, 'which head of the gastrocnemius is on the inside', {
    select: ['gastrocnemius'],
    parts: ['gastrocnemius/medial-head'],
  }),
  // A part the muscle does not have is said, never passed over.
  ask(P, 'medial head of the deltoid', {
    select: ['deltoid'],
    parts: [],
    first: /deltoid has no medial head/,
    says: [/clavicular/, /acromial/, /spinal/],
  }),
  ask(P, ['show me the soleus', 'just its upper part'], {
    select: ['soleus'],
    parts: [],
    first: /no separate heads or parts of the soleus/,
  }),
  // The part's own name is not repeated as a note on its actions.
  ask(P, 'upper traps', {
    parts: ['trapezius/descending'],
    never: [/shrug\), descending/, /\(descending fibres, both sides\)/],
    says: [/both sides/],
  }),
  // A head does what the whole muscle does, besides its own actions.
  ask(P, 'show me the long head of biceps', {
    says: [/stabilises the shoulder/, /flexes the elbow/],
  }),
  ask(P, 'what does the long head of the triceps do', {
    says: [/extends the shoulder/, /extends the elbow/],
  }),
  // A follow-up on a part shown alone is about that part, which stays lit.
  ask(P, ['show the rear delt', 'what does it do'], {
    parts: ['deltoid/spinal'],
    first: /^The spinal \(rear\) part of the deltoid/,
    never: [/abducts/],
  }),
  ask(P, ['show the front delt', 'what is its function'], {
    parts: ['deltoid/clavicular'],
    first: /^The clavicular \(front\) part of the deltoid/,
    never: [/extends the shoulder/],
  }),
  ask(P, ['show the long head of the triceps', 'what does it do'], {
    parts: ['triceps-brachii/long-head'],
    first: /^The long head of the triceps/,
  }),
  ask(P, ['upper traps', 'what does that do'], {
    parts: ['trapezius/descending'],
    never: [/lowers the shoulder blade/],
  }),
  // The catalog gives the trapezius one origin: the whole muscle's, not one made up for the part.
  ask(P, ['upper traps', 'and its origin'], { says: [/nuchal/], parts: ['trapezius/descending'] }),
  ask(P, ['show the rear delt', 'show the whole deltoid', 'what does it do'], {
    parts: [],
    says: [/abducts/],
  }),
  // A part named by a word that is also a group's name is the part, not the group.
  ask(P, 'show the adductor part of the adductor magnus', {
    select: ['adductor-magnus'],
    says: [/adductor part of the adductor magnus arises from the inferior ramus/],
    never: [/gracilis|pectineus/i],
  }),
  ask(P, 'show the hamstring part of the adductor magnus', {
    select: ['adductor-magnus'],
    says: [/ischial tuberosity/, /extends the hip/],
  }),
  ask(P, 'what does the hamstring portion of adductor magnus do', {
    select: ['adductor-magnus'],
    says: [/extends the hip/],
    never: [/semitendinosus/],
  }),
  // The part after the name ("the deltoid's rear head") and "head" after a place word is a part,
  // never the head region.
  ask(P, 'show me the deltoids posterior head', {
    select: ['deltoid'],
    parts: ['deltoid/spinal'],
    never: [/has no/i],
  }),
  ask(P, "show me the deltoid's rear head", { select: ['deltoid'], parts: ['deltoid/spinal'] }),
  ask(P, 'what does the deltoids front head do', {
    select: ['deltoid'],
    parts: ['deltoid/clavicular'],
    says: [/flex/i],
  }),
  ask(P, ['show the deltoid', 'now just the posterior head'], {
    select: ['deltoid'],
    parts: ['deltoid/spinal'],
    never: [/Here is the head/i],
  }),
  ask(P, ['show the deltoid', 'ok and the anterior head?'], {
    select: ['deltoid'],
    parts: ['deltoid/clavicular'],
  }),
  // "Where does the long head attach" asks about the part, not a place called "long head".
  ask(P, ['show the triceps', 'where does the long head attach'], {
    select: ['triceps-brachii'],
    says: [/infraglenoid tubercle/i],
    selectExcludes: ['biceps-brachii', 'biceps-femoris'],
  }),
  ask(P, ['show the gastrocnemius', 'where does the lateral head originate'], {
    select: ['gastrocnemius'],
    says: [/lateral condyle/i],
  }),
  ask(P, ['show the biceps femoris', 'where does its short head arise'], {
    select: ['biceps-femoris'],
    says: [/linea aspera/i],
    selectExcludes: ['triceps-brachii'],
  }),
  ask(P, ['show the adductor magnus', 'now just its hamstring part'], {
    select: ['adductor-magnus'],
    says: [/hamstring part of the adductor magnus/],
  }),
];
