import { ask, type ConversationCase } from './conversation-case.js';

const C = 'complete facts';
const ORIGIN = /arises/i;
const INSERTION = /inserts/i;
const NERVE = /supplied by|nerve supply/i;
const ACTIONS_OF_BICEPS = /flexes the elbow|supinat/i;

/** Each phrasing family gets the fact it asks for, whole, and not another one instead. */
export const factCases: ConversationCase[] = [
  // "Gluteus max/med/min" are the full names, not a question which gluteus.
  ask(C, 'origin and insertion of gluteus max', {
    select: ['gluteus-maximus'],
    says: [ORIGIN, INSERTION],
  }),
  ask(C, 'where does gluteus med start and end', {
    select: ['gluteus-medius'],
    says: [ORIGIN, INSERTION],
  }),
  ask(C, 'gluteus min attachments pls', { select: ['gluteus-minimus'], says: [ORIGIN, INSERTION] }),
  ask(C, 'is the psoas a hip flexor', {
    first: /^Yes: the psoas major is part of the hip flexors/,
    select: ['psoas-major'],
  }),
  ask(C, 'is the soleus one of the hamstrings', {
    first: /^No: the soleus is not part of the hamstrings/,
    says: [/biceps femoris, semitendinosus and semimembranosus/],
    select: ['soleus'],
  }),
  ask(C, 'is the biceps an elbow flexor?', {
    first: /^Yes: the biceps brachii is part of the elbow flexors/,
    select: ['biceps-brachii'],
  }),
  ask(C, 'show the elbow flexors', { selectIncludes: ['biceps-brachii', 'brachialis'] }),
  ask(C, 'how many heads does the triceps have', {
    first:
      /^The triceps brachii has three heads: the long head, the lateral head and the medial head/,
    select: ['triceps-brachii'],
  }),
  ask(C, ['show the biceps', 'how many heads does it have'], {
    first: /^The biceps brachii has two heads/,
  }),
  ask(C, 'how many parts does the deltoid have', { first: /^The deltoid has three parts/ }),
  ask(C, 'which muscle is the biggest in the back', {
    says: [/latissimus dorsi: “the broadest muscle of the back/],
    never: [/longissimus/],
  }),
  ask(C, "what's the longest muscle in the body", { says: [/sartorius/], never: [/scalen/] }),
  ask(C, 'what is the largest muscle of the rotator cuff', { select: ['subscapularis'] }),
  ask(C, 'which muscles move the neck', {
    says: [/flex the neck/, /extend the neck/],
    selectIncludes: ['sternocleidomastoid'],
  }),
  ask(C, 'what muscles help me breathe out', { never: [/It is in this 3D model/] }),
  ask(C, 'pull up the neck muscles', {
    selectIncludes: ['sternocleidomastoid', 'scalenus-anterior'],
    never: [/extend the neck/],
  }),
  ask(C, 'where does the biceps attach', { says: [ORIGIN, INSERTION], select: ['biceps-brachii'] }),
  ask(C, 'attachments of the triceps', { says: [ORIGIN, INSERTION] }),
  ask(C, 'wat are the attachmnets of the deltoid', { says: [ORIGIN, INSERTION] }),
  ask(C, 'where does the sartorius attach to', { says: [ORIGIN, INSERTION] }),
  ask(C, 'origin and insertion of the soleus', { says: [ORIGIN, INSERTION] }),
  ask(C, 'where does the rectus femoris start', { says: [ORIGIN], never: [INSERTION] }),
  ask(C, 'where does the supraspinatus insert', {
    says: [INSERTION, /greater tubercle/i],
    never: [ORIGIN],
  }),
  ask(C, 'which nerve runs the deltoid', {
    says: [/axillary/i],
    never: [/abducts|lifts the arm/i],
  }),
  ask(C, "what's the biceps nerve", { says: [/musculocutaneous/i] }),
  ask(C, 'what nerve does the soleus use', { says: [/tibial/i], never: [/plantarflex/i] }),
  ask(C, 'which nerve controls the tibialis anterior', { says: [/deep fibular|deep peroneal/i] }),
  ask(C, 'innervation of serratus anterior', { says: [/long thoracic/i] }),
  ask(C, 'nerve supply to the gluteus maximus?', { says: [/inferior gluteal/i] }),
  ask(C, 'what are the nerve roots of the deltoid', { says: [/C5/] }),
  ask(C, 'what spinal level is the biceps', { says: [/C5/] }),
  // Comparisons: what the names and the descriptions say, or plainly that they do not.
  ask(C, 'which is bigger, the teres major or the teres minor', {
    first: /^By name, the teres major is the larger/,
    says: [/small rotator cuff muscle/],
    never: [/doesn't record muscle strength or size, so I can't compare/],
  }),
  ask(C, 'is the gluteus maximus larger than the gluteus medius', {
    says: [/largest and most superficial buttock muscle/],
  }),
  ask(C, 'which is bigger the vastus lateralis or vastus medialis', {
    first: /descriptions say of the vastus lateralis, “the largest quadriceps muscle/,
  }),
  ask(C, ['show the pec major and pec minor', 'which one is larger'], {
    says: [/pectoralis major is the larger/],
  }),
  ask(C, 'which is stronger, the soleus or the gastrocnemius', {
    first: /doesn't record the size or strength of the soleus and the gastrocnemius/,
  }),
  // Nerve and roots asked together: one sentence names both, the nerve once.
  ask(C, 'what nerve supplies the deltoid and what are its roots', {
    says: [/axillary nerve \(nerve roots C5/i],
    never: [/axillary[^]*axillary/i],
  }),
  ask(C, 'which nerve and which roots supply the biceps', {
    says: [/musculocutaneous/i, /C5/],
    never: [/musculocutaneous[^]*musculocutaneous/i],
  }),
  // A nerve's roots, asked with its muscles: the catalog keeps roots per muscle.
  ask(C, 'what does the axillary nerve supply and what are its roots', {
    says: [/supplies the deltoid and teres minor/, /roots C5–C6 for each of them/],
  }),
  ask(C, 'which muscles does the femoral nerve supply and from which roots', {
    says: [/roots per muscle: iliacus L2–L3/],
  }),
  ask(C, 'nerve and nerve roots of the splenius cervicis', {
    says: [/does not record nerve roots/i],
    never: [/dorsal rami[^]*dorsal rami/i],
  }),
  ask(C, 'blood supply of the trapezius', { says: [/artery|arteries/i], never: [NERVE] }),
  ask(C, 'which artery feeds the gastrocnemius', { says: [/sural/i] }),
  ask(C, 'what does the biceps do', { says: [ACTIONS_OF_BICEPS], never: [/musculocutaneous/i] }),
  ask(C, 'whats the function of the gluteus medius', { says: [/abduct/i] }),
  ask(C, 'what is the pec major used for', { says: [/adduct|flex/i] }),
  ask(C, 'what does the infraspinatus do?', { says: [/lateral|externally|outward/i] }),
  ask(C, 'what is the antagonist of the biceps', { says: [/triceps/i] }),
  ask(C, 'which muscles work against the quads', {
    says: [/hamstring|biceps femoris|semitendinosus/i],
  }),
  ask(C, 'what are the synergists of the brachialis', { says: [/biceps/i] }),
  ask(C, 'what helps the gluteus maximus extend the hip', {
    says: [/hamstring|biceps femoris|semitendinosus|adductor magnus/i],
  }),
  ask(C, 'where is the origin and insertion of the infraspinatus', { says: [ORIGIN, INSERTION] }),
  ask(C, 'what innervates the hamstrings', { says: [/tibial|sciatic/i] }),
  ask(C, 'origins of the quads', { says: [/rectus femoris/i, /vastus/i], never: [/insertions/i] }),
  ask(C, 'tell me about the gastrocnemius', { says: [/plantarflex|points the foot/i, /tibial/i] }),
  ask(C, 'what is the insertion point of the gluteus medius', {
    says: [INSERTION, /greater trochanter/i],
    never: [ORIGIN],
  }),
  ask(C, 'what are the origins and insertions of the hamstrings', {
    says: [/origins and insertions/i, /ischial tuberosity/i],
  }),
  ask(C, 'which nerve goes to the latissimus dorsi', { says: [/thoracodorsal/i] }),
  ask(C, 'what nerve root is the supraspinatus', { says: [/C5/], never: [/abduct/i] }),
  ask(C, 'which artery supplies the deltoid', { says: [/circumflex humeral/i], never: [NERVE] }),
  ask(C, "what's the deltoid's job", { says: [/abducts the shoulder/i] }),
  ask(C, 'what muscle is the opposite of the triceps', { says: [/biceps/i] }),
  ask(C, 'what works together with the supraspinatus', { says: [/deltoid/i] }),
  ask(C, 'where does the semitendinosus come from', { says: [ORIGIN, /ischial/i] }),
  ask(C, 'nerve for the tensor fasciae latae', { says: [/superior gluteal/i] }),
  ask(C, "what's the action of the coracobrachialis", { says: [/flex|adduct/i] }),
  ask(C, 'what does the subscapularis do and what nerve', {
    says: [/rotates the shoulder inwards/i, /subscapular nerves/i],
  }),
  ask(C, 'tell me the origin, insertion and innervation of the supraspinatus', {
    says: [ORIGIN, INSERTION, /suprascapular/i],
  }),
  ask(C, 'wots the bicep do', { says: [ACTIONS_OF_BICEPS], never: [/two-headed muscle/] }),
  ask(C, 'wat nerve supplies the pecs', { says: [/pectoral nerves/i] }),
  ask(C, 'wheres the soleus attach', { says: [ORIGIN, INSERTION] }),
  ask(C, 'insertion of the lats', { says: [/intertubercular/i], never: [ORIGIN] }),
  // Muscles by the bone they attach to, from the catalog's origins and insertions.
  ask(C, 'what attaches to the humerus', {
    selectIncludes: ['deltoid', 'brachialis', 'triceps-brachii'],
    selectExcludes: ['biceps-brachii'],
    says: [/arising from it/, /inserting on it/, /latissimus dorsi/],
    never: [/is a bone: I can highlight muscles, not bones/],
  }),
  ask(C, 'what inserts on the calcaneus', {
    select: ['gastrocnemius', 'soleus', 'plantaris'],
    never: [/arising from it/],
  }),
  ask(C, 'show me all the muscles that attach to the scapula', {
    selectIncludes: ['supraspinatus', 'serratus-anterior', 'trapezius'],
    never: [/brought every muscle back/, /shown the muscles/],
  }),
  ask(C, 'which muscles attach to the collarbone', {
    selectIncludes: ['deltoid', 'pectoralis-major', 'sternocleidomastoid'],
    says: [/clavicle/],
  }),
  ask(C, 'where does the sartorius start and finish', {
    says: [/anterior superior iliac spine/, /inserts on/],
  }),
  // What a weak or paralysed muscle loses, from its actions, partners and the catalog's note.
  ask(C, 'what happens if the serratus anterior is paralysed', {
    select: ['serratus-anterior'],
    says: [/protraction/, /winged scapula/, /not a diagnosis/],
  }),
  ask(C, ['show the rhomboids', "what happens if they're weak"], {
    says: [/retraction/, /trapezius/],
    never: [/outside what I know/],
  }),
  ask(C, 'what innervates serratus anterior and what happens if its nerve is damaged', {
    says: [/long thoracic nerve/i, /winged scapula/],
  }),
  // Misspelt question words.
  ask(C, 'how many heds does the tricep have', { says: [/three heads/] }),
  ask(C, 'wich muscls flex the elbo', { selectIncludes: ['biceps-brachii', 'brachialis'] }),
  // A nerve's muscles, asked the other way round.
  ask(C, 'which muscles are innervated by the femoral nerve', {
    selectIncludes: ['rectus-femoris', 'vastus-lateralis', 'iliacus'],
    selectExcludes: ['adductor-magnus'],
    says: [/femoral nerve supplies/],
  }),
  ask(C, ['show the adductors', 'which of them is supplied by the obturator nerve'], {
    selectIncludes: ['adductor-magnus', 'gracilis'],
    selectExcludes: ['pectineus'],
    never: [/which one do you mean/i],
  }),
  ask(C, 'what happens if the axillary nerve is damaged', {
    select: ['deltoid', 'teres-minor'],
    says: [/not a diagnosis/],
  }),
  // "Adductor" in the adductor magnus's name is no part of it.
  ask(C, 'what does the adductor magnus do', {
    first: /^The adductor magnus adducts the hip/,
    select: ['adductor-magnus'],
  }),
  ask(C, 'tell me everything about the serratus anterior', {
    says: [/arises from/, /inserts on/, /supplied by/, /blood/],
  }),
  ask(C, 'give me all the facts on the infraspinatus', {
    select: ['infraspinatus'],
    never: [/I read “facts”/],
  }),
  // "Where is it": the region and what the catalog says it lies beside, not the region alone.
  ask(C, 'where is the psoas major', {
    select: ['psoas-major'],
    says: [/lies in the hip and buttock/, /beside the lumbar spine/, /fades what covers it/],
  }),
  ask(C, 'where is the vastus intermedius and what does it do', {
    first: /lies in the thigh/,
    says: [/on the femur under rectus femoris/, /extends the knee/],
  }),
  ask(C, 'where does the deltoid attach', {
    says: [/clavicle/, /deltoid tuberosity/],
    never: [/lies in the/],
  }),
  // The whole body: the catalog's own count, never a number of the guide's.
  ask(C, 'how many muscles are in the human body', {
    says: [/catalog lists \d+ muscles/, /\d+ of them are drawn/],
    never: [/couldn't find/],
  }),
  // No description ranks the whole body: what they say within a group or a region.
  ask(C, "what's the largest muscle in the body", {
    says: [/no description says it of the whole body/, /broadest muscle of the back/],
    selectIncludes: ['gluteus-maximus'],
  }),
];
