import { ask, type ConversationCase } from './conversation-case.js';

const N = 'never substitute';
const UNKNOWN = /couldn't find|don't know|not in (the|this model's) catalog|isn't in the catalog/i;
const ASKS = /which (one|of them)|do you mean/i;

/** Unknown or partial names: suggest, ask, never select a different muscle. */
export const neverSubstituteCases: ConversationCase[] = [
  // "Called" and "named" introduce the name; they are not part of it, nor a reason to guess.
  ask(N, 'show me the muscle called zorbatus', {
    select: [],
    says: [/“zorbatus”/],
    never: [/Did you mean/],
  }),
  ask(N, 'show me the muscle called the supraspinal', {
    select: [],
    says: [/Did you mean the supraspinatus/],
  }),
  // A half-written name: ask about the name it starts, show nothing yet.
  ask(N, 'show me the latissimus', { select: [], says: [/Did you mean the latissimus dorsi/] }),
  ask(N, 'show me the sternocleido', {
    select: [],
    says: [/Did you mean the sternocleidomastoid/],
    never: [/sternohyoid/],
  }),
  ask(N, ['show me the sternocleido', 'yes'], { select: ['sternocleidomastoid'] }),
  ask(N, 'where is the semimembran', { select: [], says: [/semimembranosus/] }),
  ask(N, 'what does the supinat do', { select: [], says: [/Did you mean the supinator/] }),
  // Answering the "Did you mean" question shows what was offered, never another muscle.
  ask(N, ['show me the supraspinal muscle', 'yeah that one'], { select: ['supraspinatus'] }),
  ask(N, ['show me the supraspinal muscle', 'yes'], { select: ['supraspinatus'] }),
  ask(N, ['show me the gluteal medius', 'yes the first one'], {
    select: ['gluteus-medius'],
  }),
  ask(N, ['show me the gluteal medius', 'the second one'], {
    select: ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'],
  }),
  ask(N, ['show me the zorbulax muscle', 'yes'], { select: [] }),
  ask(N, 'show me the orbicularis pedis', { select: [], says: [UNKNOWN] }),
  ask(N, 'where is the psoas minor', {
    select: [],
    says: [UNKNOWN],
    never: [/Here is the psoas major/i],
  }),
  ask(N, 'highlight the adductor pollicis longus', {
    select: [],
    says: [UNKNOWN, /abductor pollicis longus/i],
  }),
  ask(N, 'show the risorius', { select: [], says: [UNKNOWN] }),
  ask(N, 'wheres the procerus muscle', { select: [], says: [UNKNOWN] }),
  ask(N, 'show me the longus colli', { select: [], says: [UNKNOWN] }),
  ask(N, 'what does the levator labii superioris do', { select: [], says: [UNKNOWN] }),
  ask(N, 'show the tensor tympani', {
    select: [],
    says: [UNKNOWN],
    never: [/tensor fasciae latae is/i],
  }),
  ask(N, 'highlight the cremaster', { select: [], says: [UNKNOWN] }),
  ask(N, 'show me the gluteus', {
    select: [],
    says: [ASKS, /gluteus maximus/i, /gluteus medius/i],
  }),
  ask(N, 'show the vastus', { select: [], says: [ASKS, /vastus lateralis/i] }),
  ask(N, 'where is the teres', { select: [], says: [ASKS, /teres major/i, /teres minor/i] }),
  ask(N, 'show the obturator', { select: [], says: [ASKS, /obturator internus/i] }),
  ask(N, 'highlight the extensor carpi radialis', {
    select: [],
    says: [ASKS, /longus/i, /brevis/i],
  }),
  ask(N, 'show the gemellus', { select: [], says: [ASKS] }),
  ask(N, 'whats the nerve of the extensor pollicis', { select: [], says: [ASKS] }),
  ask(N, 'show me the flurbinator muscle', { select: [], says: [UNKNOWN] }),
  ask(N, 'show the quadriceps minimus', { select: [], says: [UNKNOWN] }),
  ask(N, 'where does the biceps pedis insert', { select: [], says: [UNKNOWN] }),
  ask(N, 'show my splenius', { select: [], says: [ASKS, /capitis/i, /cervicis/i] }),
  // Typos of a real name are read, and the reading is said
  ask(N, 'show the gastrocnemeus', { select: ['gastrocnemius'], says: [/I read/] }),
  ask(N, 'highlite my supraspinatis', { select: ['supraspinatus'] }),
  ask(N, 'tibialis anterir please', { select: ['tibialis-anterior'] }),
  ask(N, 'show the semitendonosus', { select: ['semitendinosus'] }),
  // A real muscle without a mesh is named as itself, never drawn as another
  ask(N, 'show me the masseter', { select: [], says: [/masseter is not in this 3D model/i] }),
  ask(N, 'where is the brachioradialis', {
    select: [],
    says: [/brachioradialis is not in this 3D model/i],
  }),
  ask(N, 'show the extensor pollicis', { select: [], says: [ASKS, /longus/i, /brevis/i] }),
  ask(N, 'where is the flexor digitorum', { select: [], says: [ASKS, /profundus/i] }),
  ask(N, 'show me the pterygoid', { select: [], says: [ASKS] }),
  ask(N, 'highlight the rectus capitis', { select: [], says: [ASKS, /posterior major/i] }),
  ask(N, 'show the gluteus maximus minor', { selectExcludes: ['gluteus-minimus'] }),
  ask(N, 'show the abductor hallucis longus', { select: [], says: [UNKNOWN] }),
  ask(N, 'what does the depressor anguli oris do', { select: [], says: [UNKNOWN] }),
  ask(N, 'show me the pectoralis tertius', { select: [], says: [UNKNOWN] }),
  ask(N, 'show the deltoideus posterius muscle', { never: [/Here is the (?!deltoid)/] }),
  ask(N, 'show the tricep brachi', { select: ['triceps-brachii'] }),
  ask(N, ['show the biceps', 'now the biceps pedis'], { says: [UNKNOWN], never: [/Here is/] }),
  ask(N, 'show me the vastus medialis obliquus', {
    select: [],
    says: [UNKNOWN, /vastus medialis/],
  }),
  ask(N, 'show the serratus posterior', { select: [], says: [ASKS, /superior/, /inferior/] }),
  ask(N, 'show the gluteus medialis', { select: [], says: [/gluteus medius/] }),
  ask(N, 'show the tibialis', { select: [], says: [ASKS, /anterior/, /posterior/] }),
  ask(N, 'show the flexor hallucis', { select: [], says: [ASKS, /longus/, /brevis/] }),
  // A tendon, band or process is no muscle: said so, with the muscles attached to it.
  ask(N, 'whats the iliotibial band', {
    select: ['gluteus-maximus', 'tensor-fasciae-latae'],
    first: /not a muscle in the catalog/,
  }),
  ask(N, 'show me the pes anserinus', {
    select: ['gracilis', 'semitendinosus'],
    says: [/sartorius is not in this 3D model/],
  }),
  ask(N, 'show me the flurbus muscle', { select: [], says: [/couldn't find/] }),
  // Organs are not in the model: said so, no muscle named in some text instead.
  ask(N, 'show the heart muscle', { says: [/no heart/], never: [/soleus/], noCalls: true }),
  ask(N, 'show me the tongue muscles', { says: [/no tongue/], never: [/mylohyoid/] }),
  // A typo in the second word of a name whose first word is another muscle's nickname.
  ask(N, 'show me the bicep femurus', {
    select: ['biceps-femoris'],
    never: [/biceps brachii/, /is a bone/],
  }),
];
