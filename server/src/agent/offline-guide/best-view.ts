import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { Side } from '#shared/protocol/ids';
import type { NamedView } from '#shared/protocol/named-view';

/** Which face of the body a muscle is best seen from. */
type Facing =
  'anterior' | 'posterior' | 'lateral' | 'anterolateral' | 'posterolateral' | 'inferior';

const facingById: Readonly<Record<string, Facing>> = {
  deltoid: 'lateral',
  'tensor-fasciae-latae': 'lateral',
  'external-oblique': 'anterolateral',
  'internal-oblique': 'anterolateral',
  'serratus-anterior': 'lateral',
  'scalenus-anterior': 'lateral',
  'scalenus-medius': 'lateral',
  'scalenus-posterior': 'lateral',
  'rectus-capitis-lateralis': 'lateral',
  sternocleidomastoid: 'anterolateral',
  'levator-scapulae': 'posterolateral',
  'vastus-lateralis': 'anterolateral',
  'fibularis-tertius': 'anterolateral',
  subscapularis: 'anterior',
  'triceps-brachii': 'posterior',
  'teres-major': 'posterior',
  'latissimus-dorsi': 'posterior',
  'splenius-capitis': 'posterior',
  'splenius-cervicis': 'posterior',
  'interspinales-cervicis': 'posterior',
  popliteus: 'posterior',
  plantaris: 'posterior',
  'dorsal-interossei-of-hand': 'posterior',
  masseter: 'lateral',
  temporalis: 'lateral',
  'medial-pterygoid': 'lateral',
  'lateral-pterygoid': 'lateral',
  'extensor-hallucis-brevis': 'anterior',
  'extensor-digitorum-brevis': 'anterior',
  'dorsal-interossei-of-foot': 'anterior',
};

const posteriorGroups = new Set([
  'hamstrings',
  'gluteals',
  'triceps-surae',
  'rotator-cuff',
  'hip-lateral-rotators',
  'suboccipital',
  'erector-spinae',
  'transversospinales',
  'rhomboids',
  'forearm-extensors',
]);

const facingOf = (muscle: Muscle): Facing => {
  const fixed = facingById[muscle.id];
  if (fixed !== undefined) return fixed;
  const compartment = muscle.compartment?.toLowerCase() ?? '';
  if (compartment.includes('posterior')) return 'posterior';
  if (compartment.includes('lateral compartment of the leg')) return 'lateral';
  if (muscle.region === 'back' || muscle.groups.some((g) => posteriorGroups.has(g)))
    return 'posterior';
  if (muscle.id.includes('posterior')) return 'posterior';
  if (muscle.region === 'pelvis' || compartment.includes('sole')) return 'inferior';
  return 'anterior';
};

const preference: readonly Facing[] = [
  'anterior',
  'posterior',
  'lateral',
  'anterolateral',
  'posterolateral',
  'inferior',
];

/**
 * The named view that shows these muscles best, by where they lie (front, back or side); a side
 * view looks at the side asked for, or the right side when both are.
 */
export function bestViewFor(muscles: readonly Muscle[], side: Side): NamedView {
  const votes = new Map<Facing, number>();
  for (const muscle of muscles) {
    const facing = facingOf(muscle);
    votes.set(facing, (votes.get(facing) ?? 0) + 1);
  }
  let best: Facing = 'anterior';
  for (const facing of preference)
    if ((votes.get(facing) ?? 0) > (votes.get(best) ?? 0)) best = facing;
  const lateralSide = side === 'left' ? 'left' : 'right';
  switch (best) {
    case 'lateral':
      return lateralSide;
    case 'anterolateral':
      return `anterolateral-${lateralSide}`;
    case 'posterolateral':
      return `posterolateral-${lateralSide}`;
    default:
      return best;
  }
}

/** The view looking from the opposite direction ("turn it around"). */
export function oppositeView(view: NamedView): NamedView {
  const opposite: Record<NamedView, NamedView> = {
    anterior: 'posterior',
    posterior: 'anterior',
    left: 'right',
    right: 'left',
    superior: 'inferior',
    inferior: 'superior',
    'anterolateral-left': 'posterolateral-right',
    'anterolateral-right': 'posterolateral-left',
    'posterolateral-left': 'anterolateral-right',
    'posterolateral-right': 'anterolateral-left',
  };
  return opposite[view];
}

/** The horizontal views in order around the body, turning to the body's right first. */
const AROUND: readonly NamedView[] = [
  'anterior',
  'anterolateral-right',
  'right',
  'posterolateral-right',
  'posterior',
  'posterolateral-left',
  'left',
  'anterolateral-left',
];

/**
 * The view `eighths` eighths of a turn on around the body from `view` ("rotate it a bit": one;
 * "spin it": two). From above or below, the turn starts from the front.
 */
export function viewAround(view: NamedView, eighths: number): NamedView {
  const at = Math.max(0, AROUND.indexOf(view));
  return AROUND[(at + eighths) % AROUND.length] ?? 'anterior';
}

/** ", seen from behind": how an answer names a view. */
export function viewPhrase(view: NamedView): string {
  const phrases: Record<NamedView, string> = {
    anterior: 'from the front',
    posterior: 'from behind',
    left: 'from the left side',
    right: 'from the right side',
    superior: 'from above',
    inferior: 'from below',
    'anterolateral-left': 'from the front left',
    'anterolateral-right': 'from the front right',
    'posterolateral-left': 'from behind on the left',
    'posterolateral-right': 'from behind on the right',
  };
  return phrases[view];
}
