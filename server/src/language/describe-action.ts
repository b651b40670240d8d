import type { Joint, Movement, MuscleAction } from '#shared/anatomy/catalog-schema';

const jointNoun: Record<Joint, string> = {
  scapula: 'shoulder blade',
  shoulder: 'shoulder',
  elbow: 'elbow',
  radioulnar: 'forearm',
  wrist: 'wrist',
  fingers: 'fingers',
  thumb: 'thumb',
  hip: 'hip',
  knee: 'knee',
  ankle: 'ankle',
  subtalar: 'foot',
  toes: 'toes',
  'great-toe': 'big toe',
  head: 'head',
  neck: 'neck',
  trunk: 'trunk',
  ribs: 'ribs',
  mandible: 'jaw',
  hyoid: 'hyoid bone',
  'pelvic-floor': 'pelvic floor',
  face: 'face',
};

/** [base form, third person]; `J` is replaced by "the <joint>". */
const verbs: Record<Movement, [string, string]> = {
  flexion: ['flex J', 'flexes J'],
  extension: ['extend J', 'extends J'],
  abduction: ['abduct J', 'abducts J'],
  adduction: ['adduct J', 'adducts J'],
  'medial-rotation': ['rotate J inwards (medial rotation)', 'rotates J inwards (medial rotation)'],
  'lateral-rotation': [
    'rotate J outwards (lateral rotation)',
    'rotates J outwards (lateral rotation)',
  ],
  rotation: ['rotate J', 'rotates J'],
  'lateral-flexion': ['bend J sideways', 'bends J sideways'],
  elevation: ['raise J', 'raises J'],
  depression: ['lower J', 'lowers J'],
  protraction: ['pull J forwards (protraction)', 'pulls J forwards (protraction)'],
  retraction: ['pull J back (retraction)', 'pulls J back (retraction)'],
  'upward-rotation': ['rotate J upwards', 'rotates J upwards'],
  'downward-rotation': ['rotate J downwards', 'rotates J downwards'],
  pronation: ['pronate J (turn the palm down)', 'pronates J (turns the palm down)'],
  supination: ['supinate J (turn the palm up)', 'supinates J (turns the palm up)'],
  dorsiflexion: ['dorsiflex J (lift the foot)', 'dorsiflexes J (lifts the foot)'],
  plantarflexion: ['plantarflex J (point the foot)', 'plantarflexes J (points the foot)'],
  inversion: ['invert J', 'inverts J'],
  eversion: ['evert J', 'everts J'],
  opposition: ['oppose J', 'opposes J'],
  stabilization: ['stabilise J', 'stabilises J'],
  inspiration: ['breathe in (inspiration)', 'helps breathing in (inspiration)'],
  expiration: ['breathe out forcefully (expiration)', 'helps breathing out (expiration)'],
  compression: ['compress J', 'compresses J'],
  support: ['support J', 'supports J'],
};

/** "extend the knee" (`base`) or "extends the knee" (`third`), in plain words. */
export function actionPhrase(
  action: Pick<MuscleAction, 'joint' | 'movement'>,
  form: 'base' | 'third',
): string {
  const special = specialPhrases[`${action.joint}:${action.movement}`];
  if (special !== undefined) return form === 'base' ? special[0] : special[1];
  const [base, third] = verbs[action.movement];
  return (form === 'base' ? base : third).replace('J', `the ${jointNoun[action.joint]}`);
}

/** Movements with an everyday name: "shrug", "close the jaw". */
const specialPhrases: Readonly<Record<string, [string, string]>> = {
  'scapula:elevation': ['raise the shoulder blade (shrug)', 'raises the shoulder blade (shrug)'],
  'mandible:elevation': ['close the jaw', 'closes the jaw'],
  'mandible:depression': ['open the jaw', 'opens the jaw'],
  'hyoid:elevation': ['raise the hyoid bone (swallowing)', 'raises the hyoid bone (swallowing)'],
  'pelvic-floor:support': ['support the pelvic organs', 'supports the pelvic organs'],
  'pelvic-floor:compression': [
    'close the pelvic outlets (continence)',
    'closes the pelvic outlets (continence)',
  ],
  'trunk:compression': ['compress the abdomen', 'compresses the abdomen'],
};

/** "flexes the elbow; supinates the forearm (strongest with the elbow flexed)", in the order given. */
export const listActions = (actions: readonly MuscleAction[]): string =>
  actions.map((a) => withNote(actionPhrase(a, 'third'), a.note)).join('; ');

/** "flexes the elbow (long head)", or "supinates the forearm (turns the palm up), main supinator…". */
const withNote = (phrase: string, note: string | undefined): string =>
  note === undefined ? phrase : phrase.endsWith(')') ? `${phrase}, ${note}` : `${phrase} (${note})`;

/** "Flexes the elbow; supinates the forearm (strongest with the elbow flexed)", prime then assist. */
export function describeActions(actions: readonly MuscleAction[]): string {
  const phrase = (a: MuscleAction) => withNote(actionPhrase(a, 'third'), a.note);
  const prime = actions.filter((a) => a.role !== 'assist').map(phrase);
  const assist = actions.filter((a) => a.role === 'assist').map(phrase);
  const parts = [];
  if (prime.length > 0) parts.push(prime.join('; '));
  if (assist.length > 0) parts.push(`Assists: ${assist.join('; ')}`);
  return parts.join('. ');
}
