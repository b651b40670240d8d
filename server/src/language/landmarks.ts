import type { Region } from '#shared/anatomy/catalog-schema';
import type { NamedView } from '#shared/protocol/named-view';
import { compilePattern, findTagged, type PhrasePattern } from './phrase-pattern.js';

/** A place on the body students name in lay words, with the view and the muscles that show it. */
export interface Landmark {
  /** How the guide names it: "the back of the knee (the popliteal fossa)". */
  name: string;
  view: NamedView;
  region: Region;
  /** Muscles around it, nearest first; the camera frames those that have a mesh. */
  muscles: readonly string[];
  /** A joint named alone ("the knee"): a place only when no movement is asked of it. */
  bareJoint?: boolean;
}

/** The muscles at the front of the shin, whose tendons also cross the front of the ankle. */
const SHIN_FRONT = [
  'tibialis-anterior',
  'extensor-digitorum-longus',
  'extensor-hallucis-longus',
  'fibularis-tertius',
] as const;

const OF = '?side|surface|aspect|part|area|bit ?of ?the|my|your|his|her ?left|right';

/** Lay names of places, as data: the phrases, then the landmark they name. */
const table: { phrases: string[]; landmark: Landmark }[] = [
  {
    phrases: [
      `back|rear|hollow|pit|crease ${OF} knee|knees`,
      'behind ?the|my|your knee|knees',
      'knee pit|pits|crease',
      'popliteal ?fossa|region|area',
    ],
    landmark: {
      name: 'the back of the knee (the popliteal fossa)',
      view: 'posterior',
      region: 'leg',
      muscles: [
        'gastrocnemius',
        'popliteus',
        'plantaris',
        'semitendinosus',
        'semimembranosus',
        'biceps-femoris',
      ],
    },
  },
  {
    phrases: [`front ${OF} knee|knees`, 'kneecap|kneecaps area|region'],
    landmark: {
      name: 'the front of the knee',
      view: 'anterior',
      region: 'thigh',
      muscles: ['rectus-femoris', 'vastus-medialis', 'vastus-lateralis', 'vastus-intermedius'],
    },
  },
  {
    phrases: [
      `inside|inner|crook|front|bend|pit|crease ${OF} elbow|elbows`,
      'elbow pit|crease|crook',
      'cubital|antecubital ?fossa|area|region',
    ],
    landmark: {
      name: 'the inside of the elbow (the cubital fossa)',
      view: 'anterior',
      region: 'forearm',
      muscles: ['biceps-brachii', 'brachialis', 'pronator-teres', 'brachioradialis'],
    },
  },
  {
    phrases: [`back|point|tip|rear ${OF} elbow|elbows`],
    landmark: {
      name: 'the back of the elbow',
      view: 'posterior',
      region: 'arm',
      muscles: ['triceps-brachii', 'anconeus'],
    },
  },
  {
    phrases: [
      'lower|low back',
      `small|bottom ${OF} back`,
      'lumbar region|area|spine',
      'lower spine',
    ],
    landmark: {
      name: 'the lower back',
      // "What straightens my lower back" asks a movement of the trunk, as "the knee" would.
      bareJoint: true,
      view: 'posterior',
      region: 'back',
      muscles: [
        'iliocostalis-lumborum',
        'longissimus-thoracis',
        'multifidus',
        'quadratus-lumborum',
        'serratus-posterior-inferior',
        'rotatores-lumborum',
        'interspinales-lumborum',
        'latissimus-dorsi',
      ],
    },
  },
  {
    // The catalog's back region runs down to the pelvis: the upper back is the part over the
    // shoulder blades and the upper ribs, not the lumbar muscles too.
    phrases: ['upper|top back', `top|upper ${OF} back`, 'thoracic region|area'],
    landmark: {
      name: 'the upper back',
      bareJoint: true,
      view: 'posterior',
      region: 'back',
      muscles: [
        'trapezius',
        'rhomboid-major',
        'rhomboid-minor',
        'levator-scapulae',
        'serratus-posterior-superior',
      ],
    },
  },
  {
    // The catalog's region is "hip and buttock", with the hip flexors in front: the buttock
    // itself is the gluteal muscles and the deep rotators under them.
    phrases: ['buttock|buttocks|butt|bum|backside', 'gluteal region|area'],
    landmark: {
      name: 'the buttock',
      view: 'posterior',
      region: 'hip',
      muscles: [
        'gluteus-maximus',
        'gluteus-medius',
        'gluteus-minimus',
        'piriformis',
        'gemellus-superior',
        'obturator-internus',
        'gemellus-inferior',
        'quadratus-femoris',
      ],
    },
  },
  {
    // Where the thigh meets the trunk: the adductors that a "groin strain" names, and the hip
    // flexors that pass under the inguinal ligament.
    phrases: ['groin|groins', 'inguinal ?region|area'],
    landmark: {
      name: 'the groin',
      view: 'anterior',
      region: 'thigh',
      muscles: [
        'adductor-longus',
        'pectineus',
        'adductor-brevis',
        'gracilis',
        'adductor-magnus',
        'iliacus',
        'psoas-major',
      ],
    },
  },
  {
    phrases: [`front ${OF} hip|hips`, 'hip crease|creases'],
    landmark: {
      name: 'the front of the hip',
      view: 'anterior',
      region: 'hip',
      muscles: [
        'iliacus',
        'psoas-major',
        'rectus-femoris',
        'tensor-fasciae-latae',
        'pectineus',
        'sartorius',
      ],
    },
  },
  {
    phrases: [`side|outside|outer ${OF} hip|hips`],
    landmark: {
      name: 'the side of the hip',
      view: 'right',
      region: 'hip',
      muscles: ['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae'],
    },
  },
  {
    phrases: [`sole|soles|bottom|underside|arch|arches ${OF} foot|feet`, 'plantar surface'],
    landmark: {
      name: 'the sole of the foot',
      view: 'inferior',
      region: 'foot',
      muscles: [
        'flexor-digitorum-brevis',
        'abductor-hallucis',
        'quadratus-plantae',
        'flexor-hallucis-brevis',
        'adductor-hallucis',
      ],
    },
  },
  {
    phrases: [`top|upper ${OF} foot|feet`, 'dorsum of ?the foot'],
    landmark: {
      name: 'the top of the foot',
      view: 'anterior',
      region: 'foot',
      muscles: [
        'extensor-hallucis-brevis',
        'extensor-digitorum-brevis',
        'extensor-hallucis-longus',
        'extensor-digitorum-longus',
      ],
    },
  },
  {
    phrases: ['heel|heels', 'achilles ?tendon|tendons', `back ${OF} ankle|ankles|heel|heels`],
    landmark: {
      name: 'the heel and the Achilles tendon',
      view: 'posterior',
      region: 'leg',
      muscles: ['gastrocnemius', 'soleus', 'plantaris'],
    },
  },
  {
    phrases: [`back|nape|rear ${OF} neck`, 'nape'],
    landmark: {
      name: 'the back of the neck',
      view: 'posterior',
      region: 'neck',
      muscles: [
        'splenius-capitis',
        'semispinalis-capitis',
        'splenius-cervicis',
        'trapezius',
        'levator-scapulae',
      ],
    },
  },
  {
    phrases: [`front ${OF} neck`],
    landmark: {
      name: 'the front of the neck',
      view: 'anterior',
      region: 'neck',
      muscles: ['sternocleidomastoid', 'sternohyoid', 'omohyoid', 'sternothyroid'],
    },
  },
  {
    phrases: [`side ${OF} neck`],
    landmark: {
      name: 'the side of the neck',
      view: 'right',
      region: 'neck',
      muscles: [
        'scalenus-anterior',
        'scalenus-medius',
        'scalenus-posterior',
        'sternocleidomastoid',
        'levator-scapulae',
      ],
    },
  },
  {
    phrases: ['armpit|armpits|axilla|axillae|underarm|underarms'],
    landmark: {
      name: 'the armpit (the axilla)',
      view: 'anterolateral-right',
      region: 'shoulder',
      muscles: [
        'teres-major',
        'pectoralis-major',
        'serratus-anterior',
        'subscapularis',
        'coracobrachialis',
        'latissimus-dorsi',
      ],
    },
  },
  {
    phrases: [
      'between ?the|my|your shoulder blades|shoulderblades',
      'between ?the|my scapulae|scapulas',
    ],
    landmark: {
      name: 'the area between the shoulder blades',
      view: 'posterior',
      region: 'back',
      muscles: ['rhomboid-major', 'rhomboid-minor', 'trapezius', 'serratus-posterior-superior'],
    },
  },
  {
    phrases: [
      `inner|inside|insides ${OF} thigh|thighs`,
      `medial|adductor compartment ${OF} thigh|thighs`,
    ],
    landmark: {
      name: 'the inner thigh',
      view: 'anterior',
      region: 'thigh',
      muscles: ['adductor-magnus', 'adductor-longus', 'adductor-brevis', 'gracilis', 'pectineus'],
    },
  },
  {
    phrases: [`outer|outside|side ${OF} thigh|thighs`],
    landmark: {
      name: 'the outer thigh',
      view: 'right',
      region: 'thigh',
      muscles: ['vastus-lateralis', 'tensor-fasciae-latae', 'gluteus-maximus'],
    },
  },
  {
    phrases: [`front ${OF} thigh|thighs`, `anterior|front|extensor compartment ${OF} thigh|thighs`],
    landmark: {
      name: 'the front of the thigh',
      view: 'anterior',
      region: 'thigh',
      muscles: [
        'rectus-femoris',
        'vastus-lateralis',
        'vastus-medialis',
        'vastus-intermedius',
        'sartorius',
      ],
    },
  },
  {
    phrases: [
      `back|rear ${OF} thigh|thighs`,
      `posterior|back|flexor compartment ${OF} thigh|thighs`,
    ],
    landmark: {
      name: 'the back of the thigh',
      view: 'posterior',
      region: 'thigh',
      muscles: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
    },
  },
  {
    phrases: ['shin|shins', `front ${OF} ?lower shin|shins|leg|legs`],
    landmark: {
      name: 'the front of the shin',
      view: 'anterior',
      region: 'leg',
      muscles: [...SHIN_FRONT],
    },
  },
  {
    phrases: [
      `back ${OF} ?lower leg|legs|calf|calves`,
      `posterior|back compartment ${OF} leg|legs`,
    ],
    landmark: {
      name: 'the back of the lower leg',
      view: 'posterior',
      region: 'leg',
      muscles: [
        'gastrocnemius',
        'soleus',
        'plantaris',
        'tibialis-posterior',
        'flexor-hallucis-longus',
      ],
    },
  },
  {
    phrases: ['palm|palms', `palm|palms ${OF} hand|hands`],
    landmark: {
      name: 'the palm of the hand',
      view: 'anterior',
      region: 'hand',
      muscles: [
        'abductor-pollicis-brevis',
        'flexor-pollicis-brevis',
        'opponens-pollicis',
        'adductor-pollicis',
        'lumbricals-of-hand',
        'palmar-interossei',
        'opponens-digiti-minimi-of-hand',
      ],
    },
  },
  {
    phrases: [`back|dorsal|dorsum ${OF} hand|hands`],
    landmark: {
      name: 'the back of the hand',
      view: 'posterior',
      region: 'hand',
      muscles: ['dorsal-interossei-of-hand', 'extensor-indicis', 'extensor-digiti-minimi'],
    },
  },
  {
    phrases: [
      `front|inside|inner|palmar|volar|anterior|flexor ${OF} forearm|forearms|wrist|wrists`,
    ],
    landmark: {
      name: 'the front of the forearm',
      view: 'anterior',
      region: 'forearm',
      muscles: [
        'flexor-carpi-radialis',
        'palmaris-longus',
        'flexor-carpi-ulnaris',
        'pronator-teres',
        'flexor-digitorum-profundus',
        'flexor-pollicis-longus',
        'flexor-digitorum-superficialis',
      ],
    },
  },
  {
    phrases: [`back|outside|outer|dorsal|posterior ${OF} forearm|forearms|wrist|wrists`],
    landmark: {
      name: 'the back of the forearm',
      view: 'posterior',
      region: 'forearm',
      muscles: [
        'extensor-carpi-radialis-longus',
        'extensor-carpi-radialis-brevis',
        'extensor-digiti-minimi',
        'supinator',
        'abductor-pollicis-longus',
        'extensor-pollicis-longus',
        'extensor-pollicis-brevis',
        'extensor-indicis',
      ],
    },
  },
  {
    phrases: [`front ${OF} shoulder|shoulders`],
    landmark: {
      name: 'the front of the shoulder',
      view: 'anterior',
      region: 'shoulder',
      muscles: ['deltoid', 'pectoralis-major', 'pectoralis-minor', 'coracobrachialis'],
    },
  },
  {
    phrases: [`back|rear ${OF} shoulder|shoulders`],
    landmark: {
      name: 'the back of the shoulder',
      view: 'posterior',
      region: 'shoulder',
      muscles: ['deltoid', 'infraspinatus', 'teres-minor', 'teres-major', 'supraspinatus'],
    },
  },
  {
    phrases: [`back|rear ${OF} upper arm|arms`, `back ${OF} arm|arms`],
    landmark: {
      name: 'the back of the upper arm',
      view: 'posterior',
      region: 'arm',
      muscles: ['triceps-brachii', 'anconeus'],
    },
  },
  {
    phrases: [`front ${OF} upper arm|arms`, `front ${OF} arm|arms`],
    landmark: {
      name: 'the front of the upper arm',
      view: 'anterior',
      region: 'arm',
      muscles: ['biceps-brachii', 'brachialis', 'coracobrachialis'],
    },
  },
];

/** More places: the back of the head, the side of the chest, the top of the shoulder, the knee's sides. */
table.push(
  {
    phrases: [`back|rear|base ${OF} head|skull`],
    landmark: {
      name: 'the back of the head',
      view: 'posterior',
      region: 'neck',
      muscles: [
        'rectus-capitis-posterior-minor',
        'obliquus-capitis-superior',
        'semispinalis-capitis',
        'splenius-capitis',
        'trapezius',
      ],
    },
  },
  {
    phrases: [`side ${OF} chest|ribs|ribcage|torso`],
    landmark: {
      name: 'the side of the chest',
      view: 'right',
      region: 'chest',
      muscles: ['serratus-anterior', 'external-oblique', 'pectoralis-major'],
    },
  },
  {
    phrases: [`top ${OF} shoulder|shoulders`],
    landmark: {
      name: 'the top of the shoulder',
      view: 'superior',
      region: 'shoulder',
      muscles: ['trapezius', 'deltoid', 'supraspinatus'],
    },
  },
  {
    phrases: [`inside|inner ${OF} knee|knees`],
    landmark: {
      name: 'the inside of the knee',
      view: 'anterior',
      region: 'thigh',
      muscles: ['vastus-medialis', 'gracilis', 'semitendinosus', 'sartorius'],
    },
  },
  {
    phrases: [`outside|outer ${OF} knee|knees`],
    landmark: {
      name: 'the outside of the knee',
      view: 'right',
      region: 'thigh',
      muscles: ['biceps-femoris', 'vastus-lateralis', 'tensor-fasciae-latae'],
    },
  },
);

/** Joints named alone: "show me the knee", "zoom into the elbow". */
table.push(
  {
    phrases: ['knee|knees'],
    landmark: {
      name: 'the knee',
      view: 'right',
      region: 'thigh',
      muscles: [
        'vastus-medialis',
        'vastus-lateralis',
        'rectus-femoris',
        'semitendinosus',
        'semimembranosus',
        'biceps-femoris',
        'gastrocnemius',
        'popliteus',
      ],
      bareJoint: true,
    },
  },
  {
    phrases: ['elbow|elbows'],
    landmark: {
      name: 'the elbow',
      view: 'right',
      region: 'arm',
      muscles: [
        'biceps-brachii',
        'brachialis',
        'triceps-brachii',
        'anconeus',
        'pronator-teres',
        'supinator',
      ],
      bareJoint: true,
    },
  },
  {
    // The muscles that move the ankle lie in the leg; their tendons cross it. Not the small
    // muscles inside the foot.
    phrases: ['ankle|ankles'],
    landmark: {
      name: 'the ankle',
      view: 'right',
      region: 'leg',
      muscles: [
        ...SHIN_FRONT,
        'fibularis-longus',
        'fibularis-brevis',
        'gastrocnemius',
        'soleus',
        'tibialis-posterior',
        'flexor-digitorum-longus',
        'flexor-hallucis-longus',
      ],
      bareJoint: true,
    },
  },
  {
    // "The muscles of the thumb": those named for it (pollicis), not the whole hand.
    phrases: ['thumb|thumbs'],
    landmark: {
      name: 'the thumb',
      view: 'anterior',
      region: 'hand',
      muscles: [
        'abductor-pollicis-brevis',
        'flexor-pollicis-brevis',
        'opponens-pollicis',
        'adductor-pollicis',
        'flexor-pollicis-longus',
        'abductor-pollicis-longus',
        'extensor-pollicis-brevis',
        'extensor-pollicis-longus',
      ],
      bareJoint: true,
    },
  },
  {
    phrases: ['big toe|toes', 'great toe|toes'],
    landmark: {
      name: 'the big toe',
      view: 'anterior',
      region: 'foot',
      muscles: [
        'abductor-hallucis',
        'flexor-hallucis-brevis',
        'adductor-hallucis',
        'flexor-hallucis-longus',
        'extensor-hallucis-longus',
        'extensor-hallucis-brevis',
      ],
      bareJoint: true,
    },
  },
);

const entries: { pattern: PhrasePattern; tag: Landmark }[] = table.flatMap(
  ({ phrases, landmark }) =>
    phrases.map((source) => ({ pattern: compilePattern(source), tag: landmark })),
);

const FACING = new Set(['face', 'faces', 'facing', 'to']);
/** "Palm up" is a movement, not the palm. */
const movementAfter = new Set(['up', 'down', 'upward', 'upwards', 'downward', 'downwards', 'over']);

/** The landmarks a message names, outside the tokens already explained, with where they are. */
export function findLandmarks(
  tokens: readonly string[],
  blocked: ReadonlySet<number>,
): { landmark: Landmark; start: number; end: number }[] {
  return findTagged(tokens, entries, blocked)
    .filter((hit) => {
      // "Palm face down", "palms to face up": the facing word, then the direction.
      const next = FACING.has(tokens[hit.end] ?? '') ? hit.end + 1 : hit.end;
      const after = tokens[next] === 'face' || tokens[next] === 'facing' ? next + 1 : next;
      return !movementAfter.has(tokens[after] ?? '');
    })
    .map(({ tag, start, end }) => ({ landmark: tag, start, end }));
}

/** The tokens of a landmark, less its side words, which still give the side ("my left knee"). */
export function landmarkTokens(
  tokens: readonly string[],
  hit: { start: number; end: number },
): number[] {
  const indices: number[] = [];
  for (let i = hit.start; i < hit.end; i++)
    if (tokens[i] !== 'left' && tokens[i] !== 'right') indices.push(i);
  return indices;
}
