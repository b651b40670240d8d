import { ask, OFF_TOPIC, type ConversationCase } from './conversation-case.js';

const D = 'direction of action';

/** Opposite movements have opposite agonists: never mix them. */
export const directionCases: ConversationCase[] = [
  // Two verbs, two joints: each verb moves its own joint, not both.
  ask(D, 'which muscle straightens my knee and bends my hip', {
    selectIncludes: ['rectus-femoris', 'iliacus'],
    selectExcludes: ['biceps-femoris', 'semitendinosus', 'gluteus-maximus'],
  }),
  ask(D, 'what flexes the knee and extends the hip', {
    selectIncludes: ['biceps-femoris', 'gluteus-maximus'],
    selectExcludes: ['vastus-lateralis', 'iliacus'],
  }),
  ask(D, 'what muscle extends the knee and also flexes the hip', {
    selectIncludes: ['rectus-femoris'],
    selectExcludes: ['semimembranosus'],
  }),
  // Inward is towards the body: adduction, at the hip or the shoulder.
  ask(D, 'what pulls my leg inward', {
    selectIncludes: ['adductor-magnus', 'gracilis'],
    selectExcludes: ['gluteus-medius'],
  }),
  ask(D, 'what muscle pulls the thigh inward', { selectIncludes: ['adductor-brevis'] }),
  ask(D, 'what brings the arm inward', {
    selectIncludes: ['pectoralis-major', 'teres-major'],
    selectExcludes: ['deltoid'],
  }),
  ask(D, 'which muscle squeezes my knees together', {
    selectIncludes: ['adductor-magnus'],
    selectExcludes: ['vastus-medialis', 'gastrocnemius'],
  }),
  ask(D, 'what do i use to squeeze my thighs together', { selectIncludes: ['gracilis'] }),
  ask(D, 'which muscle lets me lift my shoulders up', {
    selectIncludes: ['levator-scapulae', 'trapezius'],
    selectExcludes: ['pectoralis-major', 'deltoid'],
  }),
  ask(D, 'what lifts my arm up over my head', {
    selectIncludes: ['deltoid'],
    never: [/extend the (neck|head)/i],
  }),
  ask(D, 'what works when I throw a ball', {
    selectIncludes: ['subscapularis', 'triceps-brachii'],
    never: [OFF_TOPIC],
  }),
  ask(D, 'muscles used in a bicep curl', { select: ['biceps-brachii', 'brachialis'] }),
  ask(D, 'what keeps my pelvis level when I walk', {
    select: ['gluteus-medius', 'gluteus-minimus'],
  }),
  ask(D, 'what stops my hip from dropping when i stand on one leg', {
    select: ['gluteus-medius', 'gluteus-minimus'],
    never: [/lists no muscle/i],
  }),
  // Looking over the shoulder turns the head; the shoulder is only where one looks.
  ask(D, 'turn my head to look over my shoulder', {
    selectIncludes: ['sternocleidomastoid', 'splenius-capitis'],
    selectExcludes: ['subscapularis', 'teres-major', 'pectoralis-major'],
  }),
  ask(D, 'what muscles do I use to check my blind spot', {
    selectIncludes: ['sternocleidomastoid'],
    selectExcludes: ['subscapularis'],
  }),
  ask(D, 'which muscle lets me glance back over my shoulder', {
    selectIncludes: ['sternocleidomastoid'],
    selectExcludes: ['infraspinatus', 'subscapularis'],
  }),
  // Shoulders back in good posture is the shoulder blades drawn together, not the arm extended.
  ask(D, 'which muscles pull my shoulders back when I stand up straight', {
    selectIncludes: ['rhomboid-major', 'trapezius'],
    selectExcludes: ['teres-major', 'deltoid'],
    says: [/retraction/i],
  }),
  ask(D, 'what rolls my shoulders back', {
    selectIncludes: ['rhomboid-major'],
    selectExcludes: ['teres-major'],
  }),
  ask(D, 'which muscles round my shoulders forward', {
    selectIncludes: ['serratus-anterior'],
    selectExcludes: ['rhomboid-major'],
  }),
  ask(D, 'what pulls my shoulders forward', {
    selectIncludes: ['serratus-anterior', 'pectoralis-minor'],
    selectExcludes: ['deltoid'],
  }),
  ask(D, 'which muscles let me shake my head', {
    selectIncludes: ['sternocleidomastoid'],
    never: [/medicines/],
  }),
  ask(D, 'what helps me sit up straight', {
    selectIncludes: ['iliocostalis-lumborum'],
    selectExcludes: ['external-oblique'],
  }),
  ask(D, 'which muscles rotate the shoulder blade upwards', {
    selectIncludes: ['serratus-anterior', 'trapezius'],
    selectExcludes: ['rhomboid-major', 'biceps-brachii'],
  }),
  ask(D, 'what turns the scapula downwards', {
    selectIncludes: ['rhomboid-major'],
    selectExcludes: ['serratus-anterior'],
  }),
  ask(D, 'which muscles squeeze my shoulder blades', {
    select: ['trapezius', 'rhomboid-major', 'rhomboid-minor'],
  }),
  ask(D, 'pull my shoulder blades down', {
    selectIncludes: ['pectoralis-minor'],
    selectExcludes: ['rhomboid-major'],
  }),
  ask(D, 'what muscles do i use to look behind me', {
    selectIncludes: ['sternocleidomastoid', 'external-oblique'],
    never: [/^Here is the body, seen from behind/],
  }),
  // "Besides", "apart from", "other than": the movers without those named.
  ask(D, 'which muscles work in a squat besides the quads', {
    selectIncludes: ['gluteus-maximus'],
    selectExcludes: ['vastus-lateralis', 'rectus-femoris'],
    never: [/^Yes: /],
  }),
  ask(D, 'which muscles flex the elbow other than the biceps', {
    selectIncludes: ['brachialis'],
    selectExcludes: ['biceps-brachii'],
  }),
  ask(D, 'what extends the knee apart from the quads', {
    says: [/no other muscle that can extend the knee/],
  }),
  // Looking up, looking down, arching the back: the head, neck and trunk, by direction.
  ask(D, 'which muscles arch my back', {
    selectIncludes: ['iliocostalis-lumborum'],
    selectExcludes: ['trapezius', 'rhomboid-major'],
  }),
  ask(D, 'what muscle lets me look up at the ceiling', {
    selectIncludes: ['splenius-capitis'],
    selectExcludes: ['sternocleidomastoid'],
    never: [/couldn't find/],
  }),
  ask(D, 'what muscles do I use to look down at my phone', {
    selectIncludes: ['sternocleidomastoid'],
    selectExcludes: ['splenius-capitis'],
  }),
  ask(D, 'which muscles hold my head up', {
    selectIncludes: ['splenius-capitis'],
    never: [/not in this 3D model: the BodyParts3D/],
  }),
  // Pelvic tilt is at the hips, with the lower back: answered, not only looked at.
  ask(D, 'what muscle tilts my pelvis', {
    selectIncludes: ['iliacus', 'gluteus-maximus'],
    says: [/tilting the pelvis/i],
  }),
  ask(D, 'which muscles tilt my pelvis forward', {
    selectIncludes: ['iliacus'],
    selectExcludes: ['gluteus-maximus'],
    says: [/anterior pelvic tilt/i],
  }),
  ask(D, 'what muscles tuck my pelvis under', {
    selectIncludes: ['gluteus-maximus'],
    selectExcludes: ['iliacus'],
    says: [/posterior pelvic tilt/i],
  }),
  ask(D, 'which muscles pull the arm back', {
    selectIncludes: ['teres-major'],
    selectExcludes: ['biceps-brachii', 'coracobrachialis'],
    says: [/extend the shoulder/i],
  }),
  ask(D, 'what brings my arm forward', {
    selectIncludes: ['pectoralis-major'],
    selectExcludes: ['teres-major'],
  }),
  ask(D, 'which muscles pull the shoulder blades forward', {
    selectIncludes: ['serratus-anterior'],
    selectExcludes: ['rhomboid-major'],
    says: [/protract/i],
  }),
  ask(D, 'what pulls my shoulder blades back', {
    selectIncludes: ['rhomboid-major'],
    selectExcludes: ['serratus-anterior'],
    says: [/retract/i],
  }),
  ask(D, 'what squeezes the shoulder blades together', {
    selectIncludes: ['rhomboid-major'],
    selectExcludes: ['serratus-anterior'],
  }),
  ask(D, 'what lifts my arm out to the side', {
    selectIncludes: ['deltoid', 'supraspinatus'],
    selectExcludes: ['teres-major'],
  }),
  ask(D, 'which muscles bring the arm down to the side', {
    selectIncludes: ['pectoralis-major'],
    selectExcludes: ['supraspinatus'],
    says: [/adduct/i],
  }),
  ask(D, 'what rotates the arm inwards', {
    selectIncludes: ['subscapularis'],
    selectExcludes: ['infraspinatus', 'teres-minor'],
  }),
  ask(D, 'which muscles externally rotate the shoulder', {
    selectIncludes: ['infraspinatus'],
    selectExcludes: ['subscapularis'],
  }),
  ask(D, 'what raises the shoulder blades', {
    selectIncludes: ['levator-scapulae'],
    selectExcludes: ['pectoralis-minor'],
  }),
  ask(D, 'what pulls the shoulder blades down', {
    selectExcludes: ['levator-scapulae'],
    says: [/depress|lower the shoulder blade/i],
  }),
  ask(D, 'what moves the leg out to the side', {
    selectIncludes: ['gluteus-medius'],
    selectExcludes: ['adductor-magnus'],
  }),
  ask(D, 'which muscles squeeze my legs together', {
    selectIncludes: ['adductor-magnus'],
    selectExcludes: ['gluteus-medius'],
  }),
  ask(D, 'what bends the knee', {
    selectIncludes: ['semitendinosus'],
    selectExcludes: ['vastus-lateralis'],
  }),
  ask(D, 'what straightens the knee', {
    selectIncludes: ['vastus-lateralis'],
    selectExcludes: ['semitendinosus'],
  }),
  ask(D, 'which muscles pull the thigh backwards', {
    selectIncludes: ['gluteus-maximus'],
    selectExcludes: ['iliacus', 'psoas-major'],
  }),
  ask(D, 'what lifts the knee up towards the chest', {
    selectIncludes: ['iliacus'],
    selectExcludes: ['gluteus-maximus'],
  }),
  ask(D, 'what bends the wrist back', {
    selectIncludes: ['extensor-carpi-radialis-longus'],
    selectExcludes: ['flexor-carpi-radialis'],
  }),
  ask(D, 'what pulls my foot up', {
    selectIncludes: ['tibialis-anterior'],
    selectExcludes: ['gastrocnemius', 'soleus'],
  }),
  ask(D, 'which muscles point the foot down', {
    selectIncludes: ['soleus'],
    selectExcludes: ['tibialis-anterior'],
  }),
  ask(D, 'what turns the palm down', {
    selectIncludes: ['pronator-teres'],
    selectExcludes: ['supinator'],
  }),
  ask(D, 'what muscles bend the trunk forwards', {
    selectExcludes: ['iliocostalis-lumborum', 'longissimus-thoracis'],
  }),
  ask(D, 'which muscles straighten my back', {
    selectIncludes: ['longissimus-thoracis'],
    selectExcludes: ['external-oblique'],
  }),
  ask(D, 'what tilts the head back', {
    selectIncludes: ['splenius-capitis'],
    selectExcludes: ['sternocleidomastoid'],
  }),
  ask(D, 'which muscle lets me pull my arm across my chest', {
    selectIncludes: ['pectoralis-major'],
    selectExcludes: ['deltoid', 'supraspinatus'],
  }),
  ask(D, 'what muscles help me stand on tiptoes', {
    selectIncludes: ['gastrocnemius', 'soleus'],
    selectExcludes: ['tibialis-anterior'],
  }),
  ask(D, 'whats the muscle that lifts my shoulder up towards my ear', {
    selectIncludes: ['levator-scapulae'],
    selectExcludes: ['pectoralis-minor'],
  }),
  ask(D, 'what muscle turns my arm out', {
    selectIncludes: ['infraspinatus'],
    selectExcludes: ['subscapularis'],
  }),
  ask(D, 'what muscles straighten the elbow', {
    selectIncludes: ['triceps-brachii'],
    selectExcludes: ['biceps-brachii'],
  }),
  ask(D, 'what rotates the thigh outwards', {
    selectIncludes: ['piriformis'],
    selectExcludes: ['gluteus-minimus'],
  }),
  ask(D, 'which muscles bend my neck forward', {
    selectIncludes: ['sternocleidomastoid'],
    selectExcludes: ['splenius-capitis'],
  }),
  ask(D, 'what muscles adduct the thigh', {
    selectIncludes: ['adductor-magnus'],
    selectExcludes: ['gluteus-medius'],
  }),
  ask(D, 'which muscles medially rotate the hip', { selectExcludes: ['piriformis'] }),
  ask(D, 'what supinates the forearm', {
    selectIncludes: ['supinator'],
    selectExcludes: ['pronator-teres'],
  }),
  ask(D, 'what muscle pulls the thumb across the palm', {
    select: ['adductor-pollicis'],
    selectExcludes: ['abductor-pollicis-brevis'],
  }),
  ask(D, 'what muscles abduct the fingers', {
    select: ['dorsal-interossei-of-hand'],
    says: [/abductor digiti minimi \(hand\) is not in this 3D model/],
  }),
  ask(D, 'what muscles pull the head forward', {
    selectIncludes: ['sternocleidomastoid'],
    selectExcludes: ['splenius-capitis', 'semispinalis-capitis'],
  }),
  // Activities name their movements: a squat is hip and knee extension, never their flexors.
  ask(D, 'what muscles do i use to do a squat', {
    selectIncludes: ['gluteus-maximus', 'vastus-lateralis'],
    selectExcludes: ['iliacus', 'psoas-major', 'tibialis-anterior'],
    says: [/extend the hip/, /extend the knee/],
    never: [/couldn't find/],
  }),
  ask(D, 'which muscles lift my heel off the ground', {
    select: ['gastrocnemius', 'soleus'],
    says: [/plantarflex/],
    selectExcludes: ['tibialis-anterior'],
  }),
  ask(D, 'what works in a push up', {
    selectIncludes: ['triceps-brachii', 'serratus-anterior'],
    selectExcludes: ['biceps-brachii', 'rhomboid-major'],
  }),
  ask(D, 'muscles used in pullups', {
    selectIncludes: ['teres-major', 'biceps-brachii'],
    selectExcludes: ['triceps-brachii'],
    says: [/latissimus dorsi .*not in this 3D model/],
  }),
  ask(D, 'does the gluteus maximus work in squats', {
    select: ['gluteus-maximus'],
    says: [/^Yes/, /extend the hip/],
    never: [/^No/],
  }),
  ask(D, 'pull up the traps', { select: ['trapezius'], never: [/pull-up/] }),
  ask(D, 'what do i use to walk up the stairs', {
    selectIncludes: ['gluteus-maximus', 'vastus-medialis'],
    selectExcludes: ['iliacus'],
  }),
  // The face moves by muscle: the one that does it, said missing when it is.
  ask(D, 'which muscle closes my eye', {
    says: [/orbicularis oculi/, /not in this 3D model/],
    never: [/outside what I know/],
  }),
  ask(D, 'what muscle do i whistle with', { says: [/orbicularis oris/] }),
  ask(D, 'what muscle do i use to point my finger', {
    selectIncludes: ['extensor-indicis'],
    selectExcludes: ['flexor-digitorum-profundus'],
  }),
  // Bending sideways, palms facing, sit-ups: movements, not a side view, the face or the SITS.
  ask(D, 'what bends my trunk to the side', {
    selectIncludes: ['external-oblique', 'iliocostalis-lumborum'],
    never: [/flex the trunk/],
  }),
  ask(D, 'what bends the neck sideways', {
    selectIncludes: ['scalenus-anterior', 'sternocleidomastoid'],
    never: [/flex the neck/],
  }),
  ask(D, 'what muscle turns my palm face down', {
    select: ['pronator-teres', 'pronator-quadratus'],
  }),
  ask(D, 'whats used for a sit up', {
    selectIncludes: ['external-oblique'],
    selectExcludes: ['supraspinatus'],
  }),
  // Everyday hand work and standing tall.
  ask(D, 'muscles for opening a jar', { selectIncludes: ['supinator', 'pronator-teres'] }),
  ask(D, 'what muscles turn a doorknob', { selectIncludes: ['supinator'] }),
  ask(D, 'what muscles do i use climbing stairs', {
    selectIncludes: ['gluteus-maximus', 'soleus'],
  }),
  ask(D, 'which muscles hold me upright when i stand', {
    selectIncludes: ['longissimus-thoracis', 'soleus'],
  }),
  ask(D, 'what squeezes the shoulder blades together', {
    selectExcludes: ['flexor-pollicis-longus'],
  }),
  // Foot drop: lifting the front of the foot, whatever region the phrase names.
  ask(D, 'which muscle stops my foot from slapping when i walk', {
    select: ['tibialis-anterior'],
    never: [/lists no muscle/],
  }),
  ask(D, 'what keeps my toes from catching on the ground', { select: ['tibialis-anterior'] }),
  // The lay arm bends and straightens at the elbow; the anatomists' arm moves at the shoulder.
  ask(D, 'show me the muscles that straighten my arm', {
    selectIncludes: ['triceps-brachii'],
    selectExcludes: ['teres-major'],
  }),
  ask(D, 'what bends my arm', { selectIncludes: ['biceps-brachii', 'brachialis'] }),
  ask(D, 'which muscles extend the arm', { selectIncludes: ['teres-major'] }),
];
