import type { NamedView } from '#shared/protocol/named-view';
import {
  compilePattern,
  consume,
  findPatterns,
  findTagged,
  type PhrasePattern,
} from './phrase-pattern.js';

/** What the student asked of the camera. */
export interface ViewRequest {
  /** A direction the words fix completely ("from behind", "from the left"). */
  view: NamedView | null;
  /** "From the side" without saying which: the planner picks the side in question. */
  lateral: boolean;
  /** "Three-quarter view" without saying which side. */
  angled: boolean;
  /** "Turn it around": the opposite of the current view. */
  flip: boolean;
  zoom: 'in' | 'out' | null;
  /**
   * "Rotate it a bit" (an eighth of a turn), "spin it" (a quarter): a step around the body from
   * the current view, with no direction named.
   */
  step: 'eighth' | 'quarter' | null;
  /** "Zoom out a bit", "a little closer": a small step, not all the way. */
  small: boolean;
  /** Token indices these words used (so "back" in "from the back" is not the back region). */
  consumed: Set<number>;
}

const compile = (sources: readonly string[]): PhrasePattern[] => sources.map(compilePattern);

const diagonals: { pattern: PhrasePattern; tag: NamedView }[] = (
  ['left', 'right'] as const
).flatMap((side) => [
  {
    pattern: compilePattern(`from behind|back|rear ?and ?from ?on ?to ?the ${side} ?side`),
    tag: `posterolateral-${side}` as const,
  },
  {
    pattern: compilePattern(`from ?the back|rear ?and ?from ?on ?to ?the ${side} ?side`),
    tag: `posterolateral-${side}` as const,
  },
  {
    pattern: compilePattern(`from ?the front ?and ?from ?on ?to ?the ${side} ?side`),
    tag: `anterolateral-${side}` as const,
  },
  {
    pattern: compilePattern(`from ?the ${side} ?side ?and ?from behind`),
    tag: `posterolateral-${side}` as const,
  },
]);
const OWNER = '?the|his|her|its|their|my|your';

const posterior = compile([
  `from|at|to ${OWNER} back|rear|behind|backside|posterior ?side|view`,
  'from behind',
  'behind',
  'back|rear|posterior|dorsal|backside view|side|aspect',
  'posteriorly',
  'view of the back',
]);
const anterior = compile([
  `from|at|to ${OWNER} front|anterior ?side|view`,
  'front|anterior|frontal|ventral view|side|aspect',
  'anteriorly',
  'in front',
  'facing me|us|forward|forwards',
  'face me|us',
]);
const sided = (side: 'left' | 'right') =>
  compile([
    `from|to|towards|toward ${OWNER} ${side} ?hand ?side ?view`,
    `${side} ?hand ?side view|profile|lateral`,
    `${side} lateral view`,
    `view from ?the ${side}`,
    `turn|rotate|spin ?the ?it|him|her|them|body|model ?to|towards ?the ${side}`,
  ]);
const left = sided('left');
const right = sided('right');
const lateral = compile([
  `from|to ${OWNER} side|sides|lateral ?side|view`,
  'side|lateral|profile view|angle|on',
  'sideways',
  'side profile',
  'profile',
  'turn|rotate|spin ?the ?it|him|her|them|body|model to|towards ?the side',
  // "Rotate 90 degrees": a quarter turn shows the side.
  'turn|rotate|spin ?the ?it|him|her|them|body|model|view|camera ?by 90 ?degrees|degree|deg',
  'quarter turn',
]);
const superior = compile([
  'from above|overhead',
  `from ${OWNER} top`,
  'top|superior|overhead view',
  'top down',
  'bird|birds eye ?view',
  'looking down on|at',
]);
const inferior = compile([
  'from below|underneath|beneath',
  `from ${OWNER} bottom|underside`,
  'bottom|inferior|underside view',
  'underneath',
  'worm|worms eye ?view',
]);
const angled = compile([
  'three quarter|quarters ?view|angle',
  '3 4 view',
  'at an angle',
  'oblique|diagonal|angled view|angle',
  'diagonally',
  '45 degree|degrees ?view|angle',
]);
/** Turning words with no direction: a step around the body. "Spin it around" is a flip. */
const TURN = 'turn|rotate|spin|move ?the ?it|him|her|them|body|model|view|camera';
const smallStep = compile([
  `${TURN} ?a little|bit|tad|touch|fraction`,
  `${TURN} slightly|abit`,
  `${TURN} some more`,
  `${TURN} ?by 45 degrees|degree|deg`,
  `${TURN} a bit more`,
]);
/** "Rotate it 90 degrees": a quarter turn on from the current view. */
const quarterTurn = compile([`${TURN} ?by 90 degrees|degree|deg`]);
const quarterStep = compile([
  'spin|rotate|turn ?the it|him|her|them|body|model|view|camera',
  'give ?the it|him|her|them|body|model a spin|whirl|twirl|turn',
]);
/** "A bit", "a little", "slightly": a small step of whatever the camera does. */
const SMALL_WORDS = new Set(['bit', 'little', 'slightly', 'tad', 'touch', 'abit', 'fraction']);

const flip = compile([
  'turn|spin ?it|him|her|them ?the ?whole ?body|model|thing around|round',
  'rotate ?it|him|her|them ?the ?body|model around|round',
  'rotate ?the it|him|her|them|body|model|camera|view',
  'flip ?it|him|her|them ?over|around',
  'other|opposite side',
  'reverse ?the view|side',
  'turn|rotate|spin ?the ?it|him|her|them|body|model|view|camera ?by 180 ?degrees|degree|deg',
  'half turn',
]);
const zoomIn = compile([
  'zoom|zoomed ?in|into|on|onto|to|towards',
  'close up|in',
  'closer',
  'closeup',
  'focus|focused|centre|center on|in ?on',
  'get|move|come closer',
  'magnify|enlarge|enlarged',
  'frame',
]);
const zoomOut = compile([
  'zoom|zoomed out|back',
  'whole|full|entire body',
  'step|pull|move back',
  'further|farther away|back|out',
  'wide|wider view|shot',
]);

/** "Bend the neck sideways", "tilt my trunk to the side": a movement, not a side view. */
const BEND = 'bend|bends|bending|tilt|tilts|tilting|lean|leans|leaning';
const sideMovement = compile([`${BEND} ?* ?* sideways|sidewards`, `${BEND} ?* ?* to the|one side`]);

/** Reads the camera words of a message: direction, side views, turning around and zoom. */
export function detectView(
  tokens: readonly string[],
  blocked: ReadonlySet<number> = new Set(),
): ViewRequest {
  const consumed = new Set<number>();
  const unavailable = new Set(blocked);
  consume(unavailable, findPatterns(tokens, sideMovement, blocked));
  const take = (patterns: readonly PhrasePattern[]): boolean => {
    const spans = findPatterns(tokens, patterns, unavailable);
    consume(consumed, spans);
    consume(unavailable, spans);
    return spans.length > 0;
  };

  // "From behind on the left" names both directions at once.
  const combined = findTagged(tokens, diagonals, unavailable)[0];
  if (combined !== undefined) {
    consume(consumed, [combined]);
    consume(unavailable, [combined]);
  }
  // Sided words first: "from the left side" must not leave "side" to the generic lateral view.
  const isLeft = take(left);
  const isRight = take(right);
  const isSmallStep = take(smallStep);
  const isQuarterTurn = !isSmallStep && take(quarterTurn);
  const isFlip = take(flip);
  const isPosterior = take(posterior);
  const isAnterior = take(anterior);
  const isAngled = take(angled);
  const isLateral = take(lateral);
  const isSuperior = take(superior);
  const isInferior = take(inferior);
  const zoom = take(zoomOut) ? 'out' : take(zoomIn) ? 'in' : null;
  const isQuarterStep =
    isQuarterTurn || (!isSmallStep && !isFlip && zoom === null && take(quarterStep));

  const side = isLeft && !isRight ? 'left' : isRight && !isLeft ? 'right' : null;
  let view: NamedView | null = combined?.tag ?? null;
  if (view !== null) {
    // Named already.
  } else if (side !== null) {
    if (isPosterior) view = `posterolateral-${side}`;
    else if (isAnterior || isAngled) view = `anterolateral-${side}`;
    else view = side;
  } else if (isPosterior) view = 'posterior';
  else if (isAnterior) view = 'anterior';
  else if (isSuperior) view = 'superior';
  else if (isInferior) view = 'inferior';

  return {
    view,
    lateral: view === null && isLateral,
    angled: view === null && isAngled,
    flip: view === null && isFlip,
    zoom,
    step:
      view !== null || isLateral || isAngled
        ? null
        : isSmallStep
          ? 'eighth'
          : isQuarterStep
            ? 'quarter'
            : null,
    small: tokens.some((t) => SMALL_WORDS.has(t)),
    consumed,
  };
}
