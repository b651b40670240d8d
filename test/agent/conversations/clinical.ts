import { ask, NO_CLINICAL_ADVICE, type ConversationCase } from './conversation-case.js';

const K = 'clinical';
const REFUSES =
  /can't (diagnose|advise|give)|cannot (diagnose|advise|give)|not able to (diagnose|advise)/i;
const REFERS = /doctor|clinician|physiotherapist|physio|pharmacist|GP/i;
const safe = { says: [REFUSES, REFERS], never: NO_CLINICAL_ADVICE };

/** No diagnosis, dose or treatment: one sentence saying so, a referral, then the anatomy. */
export const clinicalCases: ConversationCase[] = [
  // A contraction that hurts is a symptom, not a question about what the muscle does.
  ask(K, 'my calf contracts painfully at night', { says: [/can't diagnose/i] }),
  ask(K, "my shoulder clicks when I lift, what's wrong?", {
    ...safe,
    says: [...safe.says, /shoulder/i],
  }),
  // Everyday complaints about the student's own body, without a question word.
  ask(K, 'my neck is stiff after sleeping', { ...safe, says: [...safe.says, /neck/i] }),
  ask(K, 'I woke up with a crick in my neck', { ...safe, says: [...safe.says, /neck/i] }),
  ask(K, 'my lower back feels stiff in the morning', {
    ...safe,
    says: [...safe.says, /back|lumborum/i],
    never: [...NO_CLINICAL_ADVICE, /foot/i],
  }),
  ask(K, 'my shoulder clicks', { ...safe, says: [...safe.says, /shoulder/i] }),
  ask(K, 'knee hurts when I squat', { ...safe, says: [...safe.says, /knee/i] }),
  ask(K, 'my knee creaks going up stairs', { ...safe, says: [...safe.says, /knee/i] }),
  ask(K, 'my knee gives way when I run', { ...safe, says: [...safe.says, /knee/i] }),
  ask(K, 'my shoulder blade hurts', {
    ...safe,
    says: [...safe.says, /attached to the scapula are/],
  }),
  ask(K, 'I pulled my groin', { ...safe, says: [...safe.says, /adductor/] }),
  ask(K, 'my elbow locks up sometimes', { ...safe, says: [...safe.says, /elbow/] }),
  ask(K, 'my hips feel stiff', safe),
  ask(K, 'how much ibuprofen for a pulled calf?', {
    ...safe,
    says: [...safe.says, /calf|gastrocnemius|soleus/i],
  }),
  ask(K, 'should I stretch a torn muscle?', safe),
  ask(K, 'is creatine safe', safe),
  ask(K, 'i think i tore my hamstring, what should i do', {
    ...safe,
    says: [...safe.says, /hamstring/i],
  }),
  ask(K, 'my lower back hurts when i bend over', { ...safe, says: [...safe.says, /back/i] }),
  ask(K, 'what dose of paracetamol for muscle pain', safe),
  ask(K, 'how do i treat tennis elbow', safe),
  ask(K, 'what steroids make your biceps bigger', safe),
  ask(K, 'should i ice or heat my sore quads', safe),
  ask(K, 'my knee pops and swells, is it my ACL?', safe),
  ask(K, 'can you diagnose my neck pain', safe),
  ask(K, 'best painkiller for a strained groin', safe),
  ask(K, 'i have numbness in my fingers, which nerve is damaged?', safe),
  ask(K, 'how long does a pulled hamstring take to heal', safe),
  ask(K, 'is it ok to train with a rotator cuff tear', safe),
  ask(K, 'what exercises will fix my shoulder impingement', safe),
  ask(K, 'how many mg of magnesium stops cramps', safe),
  ask(K, 'my calf cramps every night why', safe),
  ask(K, 'is it safe to take SARMs for bulking', safe),
  ask(K, 'do i need surgery for a torn achilles', safe),
  ask(K, ['show me the rotator cuff', 'mine hurts when i throw, is it torn?'], safe),
  ask(
    K,
    ['what does the piriformis do', 'could it be pressing on my sciatic nerve? my bum hurts'],
    safe,
  ),
  ask(K, 'my hamstring twinged during sprinting, is it torn?', safe),
  ask(K, 'can i take 800mg ibuprofen for my sore back', safe),
  ask(K, 'whats the best stretch for tight hip flexors', safe),
  ask(K, 'is it bad to train legs with doms', safe),
  ask(K, 'i pulled something in my back what should i do', safe),
  ask(K, "what's the best steroid cycle", safe),
  ask(K, 'what muscle is affected in carpal tunnel', safe),
  ask(K, 'why do my legs cramp at night', safe),
  ask(K, 'my back has been sore since deadlifts, is that a disc?', safe),
  ask(K, 'are protein shakes good for muscle growth', { says: [REFUSES, REFERS] }),
  ask(K, 'how many reps to grow my biceps', {
    says: [/can't give you a training/i, /coach|physiotherapist/],
  }),
  ask(K, 'my elbow hurts after tennis', {
    ...safe,
    says: [...safe.says, /(move|around) the elbow/],
  }),
  ask(K, 'is it normal for my calves to be sore after running', safe),
  ask(K, 'should i see a physio for my shoulder', safe),
  ask(K, 'what supplements help muscle recovery', safe),
  ask(K, "what's the best way to get abs", { says: [/can't give you a training/i] }),
  // Working or stretching a muscle: no plan, but its movements, and it lights up.
  ask(K, 'how do i stretch my hamstrings', {
    select: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
    says: [/coach|physiotherapist/, /extend the knee and flex the hip/],
  }),
  ask(K, ['show the supraspinatus', 'how can i strengthen it'], {
    select: ['supraspinatus'],
    says: [/abduct the shoulder/, /against resistance/],
    never: [/stabilise the shoulder against/],
  }),
  ask(K, 'should i stretch a torn hamstring', {
    says: [/can't diagnose or advise on treatment/],
    never: [/against resistance/],
  }),
  ask(K, 'my lower back kills after deadlifts which muscle is it', safe),
  ask(K, 'calf cramps every night why', safe),
  // Training asked by an everyday goal: the caveat, then the prime movers of its movements.
  ask(K, 'what do i strengthen for a stronger grip', {
    says: [/training or stretching plan/, /prime movers of gripping/, /flexor digitorum/],
    selectIncludes: ['flexor-digitorum-profundus'],
  }),
];
