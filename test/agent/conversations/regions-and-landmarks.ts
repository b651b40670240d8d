import { ask, OFF_TOPIC, type ConversationCase } from './conversation-case.js';

const R = 'regions and landmarks';

/** A place on the body, named in lay words, turns the camera to it even when no muscle is named. */
export const regionCases: ConversationCase[] = [
  // The ankle's muscles lie in the leg, not inside the foot.
  ask(R, 'show me muscles around the ankle', {
    selectIncludes: ['tibialis-anterior', 'soleus'],
    selectExcludes: ['flexor-digitorum-brevis', 'abductor-hallucis'],
  }),
  ask(R, 'which muscles cross the ankle', {
    selectIncludes: ['gastrocnemius', 'tibialis-posterior'],
    selectExcludes: ['quadratus-plantae'],
  }),
  ask(R, 'what lifts my foot at the ankle', { select: ['tibialis-anterior'] }),
  // The upper back is the part over the shoulder blades, not the lumbar muscles too.
  ask(R, 'muscles of the upper back', {
    selectIncludes: ['trapezius', 'rhomboid-major'],
    selectExcludes: ['iliocostalis-lumborum', 'rotatores-lumborum'],
  }),
  ask(R, 'show me my upper back muscles', {
    selectIncludes: ['rhomboid-minor'],
    selectExcludes: ['interspinales-lumborum'],
  }),
  ask(R, 'which muscles are in the top of the back', {
    selectIncludes: ['levator-scapulae'],
    selectExcludes: ['iliocostalis-lumborum'],
  }),
  ask(R, 'which muscles are in my lower back', {
    selectIncludes: ['iliocostalis-lumborum'],
    selectExcludes: ['trapezius', 'rhomboid-major'],
  }),
  ask(R, 'what muscles straighten my lower back', { says: [/extend the trunk/] }),
  ask(R, 'what bends my lower back forward', { says: [/flex the trunk/] }),
  ask(R, 'which muscles are in the buttocks', {
    selectIncludes: ['gluteus-maximus', 'piriformis'],
    selectExcludes: ['iliacus', 'psoas-major'],
  }),
  ask(R, 'show the back of the knee', {
    view: 'posterior',
    focusIncludes: ['gastrocnemius'],
    select: [],
  }),
  ask(R, 'whats behind my knee', { view: 'posterior', focusIncludes: ['gastrocnemius'] }),
  ask(R, 'the inside of the elbow', {
    view: 'anterior',
    focusIncludes: ['biceps-brachii'],
    never: [OFF_TOPIC],
  }),
  ask(R, 'zoom in on the crook of the elbow', {
    view: 'anterior',
    focusIncludes: ['pronator-teres'],
  }),
  ask(R, 'front of the hip', { view: 'anterior', focusIncludes: ['iliacus'] }),
  ask(R, 'sole of the foot', { view: 'inferior', focusIncludes: ['flexor-digitorum-brevis'] }),
  ask(R, 'show me the bottom of my foot', {
    view: 'inferior',
    focusIncludes: ['abductor-hallucis'],
  }),
  ask(R, 'the back of the neck', { view: 'posterior', focusIncludes: ['splenius-capitis'] }),
  ask(R, 'front of the neck', { view: 'anterior', focusIncludes: ['sternocleidomastoid'] }),
  ask(R, 'show the armpit', { focusIncludes: ['teres-major'] }),
  ask(R, 'between the shoulder blades', { view: 'posterior', focusIncludes: ['rhomboid-major'] }),
  ask(R, 'show the inner thigh', { view: 'anterior', focusIncludes: ['adductor-magnus'] }),
  ask(R, 'back of the thigh', { view: 'posterior', focusIncludes: ['biceps-femoris'] }),
  ask(R, 'the front of my shin', { view: 'anterior', focusIncludes: ['tibialis-anterior'] }),
  ask(R, 'look at the back of the left knee', {
    view: 'posterior',
    focusIncludes: ['gastrocnemius'],
  }),
  ask(R, 'what muscles are at the back of the knee', {
    view: 'posterior',
    selectIncludes: ['gastrocnemius', 'semitendinosus'],
  }),
  ask(R, 'which muscles are in the front of the forearm', {
    selectIncludes: ['flexor-carpi-radialis'],
    selectExcludes: ['extensor-carpi-ulnaris', 'supinator'],
  }),
  ask(R, 'the back of the hand', {
    view: 'posterior',
    focusIncludes: ['dorsal-interossei-of-hand'],
  }),
  ask(R, 'zoom to the palm', { view: 'anterior', focusIncludes: ['abductor-pollicis-brevis'] }),
  ask(R, 'zoom on the shoulder', { focusRegion: 'shoulder' }),
  ask(R, 'show the lower back from behind', {
    view: 'posterior',
    focusIncludes: ['iliocostalis-lumborum'],
  }),
  ask(R, 'outside of the hip', { focusIncludes: ['gluteus-medius'] }),
  ask(R, 'the heel', { view: 'posterior', focusIncludes: ['soleus'] }),
  ask(R, 'show the side of the neck', { focusIncludes: ['scalenus-anterior'] }),
  ask(R, 'take me to the front of the shoulder', { view: 'anterior', focusIncludes: ['deltoid'] }),
  ask(R, 'show me the dorsal side of the forearm', {
    view: 'posterior',
    focusIncludes: ['supinator'],
  }),
  ask(R, 'show me the inside of my thigh', { view: 'anterior', focusIncludes: ['gracilis'] }),
  ask(R, 'zoom on the back of my hand', { view: 'posterior', focusIncludes: ['extensor-indicis'] }),
  ask(R, 'back of the neck from the side', { view: 'right', focusIncludes: ['splenius-capitis'] }),
  ask(R, 'show the nape of my neck', { view: 'posterior', focusIncludes: ['splenius-capitis'] }),
  ask(R, 'the top of my foot', { focusIncludes: ['extensor-hallucis-brevis'] }),
  ask(R, 'show the achilles', { view: 'posterior', focusIncludes: ['gastrocnemius'] }),
  ask(R, ['show the biceps', 'now the back of the elbow'], {
    view: 'posterior',
    focusIncludes: ['triceps-brachii'],
  }),
  ask(R, 'what muscles are in my armpit', { selectIncludes: ['teres-major'] }),
  ask(R, 'show the muscles between my shoulder blades', {
    selectIncludes: ['rhomboid-major', 'rhomboid-minor'],
  }),
  ask(R, 'where is the popliteal fossa', {
    view: 'posterior',
    focusIncludes: ['popliteus'],
    select: [],
  }),
  ask(R, 'show me the front of my lower leg', {
    view: 'anterior',
    focusIncludes: ['tibialis-anterior'],
  }),
  ask(R, 'show the muscles on the back of my upper arm', {
    select: ['triceps-brachii', 'anconeus'],
  }),
  ask(R, 'show me the posterior compartment of the thigh', {
    view: 'posterior',
    focusIncludes: ['semitendinosus'],
  }),
  ask(R, 'the groin area', { view: 'anterior', focusIncludes: ['iliacus'] }),
  // The groin is the adductors' place as much as the hip flexors'.
  ask(R, 'show the groin', { view: 'anterior', focusIncludes: ['adductor-brevis', 'pectineus'] }),
  ask(R, 'groin muscles', { selectIncludes: ['adductor-brevis', 'gracilis', 'iliacus'] }),
  ask(R, 'what muscles are in my groin', {
    selectIncludes: ['adductor-magnus', 'pectineus'],
    says: [/adductor longus/],
  }),
  // The shoulder blade is the scapula: the muscles attached to it, not the shoulder region's.
  ask(R, 'muscles around the shoulder blade', {
    selectIncludes: ['rhomboid-major', 'serratus-anterior', 'infraspinatus'],
    says: [/attach to the scapula/],
  }),
  ask(R, 'which muscles are on my shoulder blade', {
    selectIncludes: ['rhomboid-major', 'levator-scapulae'],
  }),
  ask(R, 'what moves the shoulder blade', {
    select: [
      'levator-scapulae',
      'pectoralis-minor',
      'rhomboid-major',
      'rhomboid-minor',
      'serratus-anterior',
      'trapezius',
    ],
  }),
  ask(R, 'show the shoulder blade', { says: [/scapula is a bone/], select: [] }),
  ask(R, 'show me the knee', { focusIncludes: ['vastus-medialis', 'popliteus'], select: [] }),
  ask(R, 'zoom into the elbow', { focusIncludes: ['brachialis', 'anconeus'], select: [] }),
  ask(R, 'which muscles cross the elbow', {
    selectIncludes: ['biceps-brachii', 'triceps-brachii'],
  }),
  ask(R, 'what bends the knee', {
    selectIncludes: ['semitendinosus'],
    selectExcludes: ['popliteus'],
  }),
  ask(R, 'back of the head', { view: 'posterior', focusIncludes: ['semispinalis-capitis'] }),
  ask(R, 'show the side of my chest', { view: 'right', focusIncludes: ['serratus-anterior'] }),
  ask(R, 'the top of the shoulder', { view: 'superior', focusIncludes: ['trapezius'] }),
  ask(R, 'the outside of my left knee', { view: 'left', focusIncludes: ['biceps-femoris'] }),
  ask(R, 'the inside of the knee', {
    focusIncludes: ['vastus-medialis'],
    never: [/around it are the .*biceps femoris/],
  }),
  // What lies under or over a muscle, as the catalog's summaries say it.
  ask(R, 'the muscle under the biceps', {
    select: ['brachialis'],
    says: [/brachialis/, /under the biceps brachii/],
  }),
  ask(R, 'which muscles are deep to the gluteus maximus', {
    selectIncludes: ['gluteus-medius'],
    selectExcludes: ['gluteus-maximus'],
  }),
  ask(R, 'what covers the soleus', { select: ['soleus'], says: [/under the gastrocnemius/] }),
  ask(R, 'what covers the deltoid', { says: [/superficial/] }),
  ask(R, ["what's under the deltoid"], {
    says: [/doesn't say/, /hidden it/, /supraspinatus/],
    selectIncludes: ['supraspinatus', 'teres-minor'],
    view: 'right',
    never: [/lie under the deltoid are/],
  }),
  // A region's muscles by any name, and one layer of them.
  ask(R, 'show me the back muscles', {
    selectIncludes: ['trapezius', 'rhomboid-major'],
    never: [/say “show me the back muscles”/],
  }),
  ask(R, 'show me everything in the forearm', { selectIncludes: ['pronator-teres'] }),
  ask(R, 'show me the deep muscles of the back', {
    selectIncludes: ['rotatores-thoracis'],
    selectExcludes: ['trapezius'],
  }),
  ask(R, 'turn off the bones and show me the deep muscles of the back', {
    selectExcludes: ['external-oblique', 'trapezius'],
    says: [/hidden the bones/],
    never: [/rotate the trunk/],
  }),
  ask(R, ['show the biceps', 'rotate it 180 degrees'], { view: 'posterior' }),
  ask(R, 'turn the bones off', { says: [/hidden the bones/] }),
  // Layers in lay words, of a region or of the whole body.
  ask(R, 'which muscles are right under the skin of my forearm', {
    select: [
      'anconeus',
      'pronator-teres',
      'flexor-carpi-radialis',
      'palmaris-longus',
      'flexor-carpi-ulnaris',
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'extensor-digiti-minimi',
    ],
  }),
  ask(R, 'which muscles are right under the skin', {
    selectIncludes: ['trapezius', 'deltoid', 'biceps-brachii'],
    selectExcludes: ['vastus-intermedius', 'supinator'],
    says: [/superficial muscles of the whole body/],
    never: [/no skin or fat/],
  }),
  ask(R, 'show me the deep muscles', {
    selectIncludes: ['vastus-intermedius', 'supinator'],
    selectExcludes: ['biceps-brachii', 'trapezius'],
  }),
  ask(R, 'which muscles of the leg are closest to the bone', {
    selectIncludes: ['tibialis-posterior', 'popliteus'],
    selectExcludes: ['gastrocnemius', 'soleus'],
  }),
  ask(R, 'whats the deepest muscle in the back', {
    selectIncludes: ['rotatores-thoracis'],
    selectExcludes: ['trapezius'],
  }),
  ask(R, 'the muscle right behind the knee', {
    selectIncludes: ['popliteus'],
    never: [/\bright\b/],
  }),
  // Places on bones, from the attachment texts: no "crest" as chest, no "spine" as the back.
  ask(R, 'which muscles attach to the iliac crest', {
    selectIncludes: ['tensor-fasciae-latae', 'external-oblique'],
    selectExcludes: ['iliacus', 'pectoralis-major'],
    never: [/chest/],
  }),
  ask(R, 'whats attached to the spine of the scapula', { select: ['deltoid', 'trapezius'] }),
  ask(R, 'what arises from the medial epicondyle', {
    select: ['pronator-teres', 'flexor-carpi-radialis', 'palmaris-longus', 'flexor-carpi-ulnaris'],
  }),
  ask(R, 'does the triceps attach to the coracoid process', { says: [/^No/], noCalls: true }),
  ask(R, 'muscles of the thumb', {
    selectIncludes: ['opponens-pollicis', 'extensor-pollicis-longus'],
    selectExcludes: ['palmar-interossei', 'opponens-digiti-minimi-of-hand'],
  }),
  ask(R, 'what lifts the big toe', { selectIncludes: ['extensor-hallucis-longus'] }),
  ask(R, 'wheres the IT band', {
    select: ['gluteus-maximus', 'tensor-fasciae-latae'],
    says: [/iliotibial tract/],
  }),
  // A region of many muscles: counted in the first sentence, listed once after it.
  ask(R, 'what muscles are in the forearm', {
    first: /^Here are 16 of the 20 forearm muscles; the brachioradialis/,
    selectIncludes: ['pronator-teres', 'supinator'],
  }),
  ask(R, 'show the muscles of the left leg only', {
    first: /^Here are 10 of the 13 left leg muscles/,
    says: [/They are the tibialis anterior/],
    never: [/second heart/],
  }),
];
