import { bicepsScript, tokens, type ScriptStep } from '../../support/scripted-agent.js';

const rotatorCuff = ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'];

/** A tour of the rotator cuff: four steps with captions, selections and camera moves. */
export const tourScript: ScriptStep[] = [
  { thinking: 'Planning a tour of the rotator cuff.' },
  ...tokens('Here is a short tour of the rotator cuff. '),
  {
    event: {
      type: 'model:tour',
      payload: {
        title: 'Rotator cuff',
        steps: [
          {
            caption: 'Supraspinatus runs above the spine of the scapula and starts abduction.',
            select: { muscleIds: ['supraspinatus'] },
            camera: { view: 'posterior', focus: { muscleIds: ['supraspinatus'] }, durationMs: 600 },
            durationMs: 4000,
          },
          {
            caption: 'Infraspinatus fills the fossa below the spine: the main lateral rotator.',
            select: { muscleIds: ['infraspinatus'] },
            camera: { view: 'posterior', focus: { muscleIds: ['infraspinatus'] }, durationMs: 600 },
            durationMs: 4000,
          },
          {
            caption: 'Teres minor lies just below it and helps with lateral rotation.',
            select: { muscleIds: ['teres-minor'] },
            camera: {
              view: 'posterolateral-right',
              focus: { muscleIds: ['teres-minor'] },
              durationMs: 600,
            },
            durationMs: 4000,
          },
          {
            caption: 'Subscapularis covers the front of the scapula: the medial rotator.',
            select: { muscleIds: ['subscapularis'] },
            camera: { view: 'anterior', focus: { muscleIds: ['subscapularis'] }, durationMs: 600 },
            durationMs: 4000,
          },
        ],
      },
    },
  },
  ...tokens('Use the controls below the model to pause or step through it.'),
];

/** Selects the rotator cuff and turns to look at it from behind. */
export const rotatorCuffScript: ScriptStep[] = [
  ...tokens('The rotator cuff is four muscles around the shoulder blade. '),
  { event: { type: 'model:selectMuscles', payload: { muscleIds: rotatorCuff } } },
  {
    event: {
      type: 'model:setCameraView',
      payload: { view: 'posterior', focus: { muscleIds: rotatorCuff }, durationMs: 700 },
    },
  },
  {
    event: {
      type: 'model:annotate',
      payload: {
        annotationId: 'tear',
        muscleId: 'supraspinatus',
        text: 'Most often torn',
        side: 'right',
      },
    },
  },
  ...tokens('From behind you can see supraspinatus, infraspinatus and teres minor.'),
];

let flakyCalls = 0;
/** Fails the first time it is asked (the agent errors mid-answer), answers after that. */
const flakyScript = (): ScriptStep[] =>
  flakyCalls++ === 0
    ? [...tokens('Let me think about the '), { fail: 'the provider went away' }]
    : tokens('The triceps brachii extends the elbow.');

/** The long, slow answer the reload test interrupts. */
export const slowText =
  'The quadriceps femoris is the great extensor of the knee. It has four heads: rectus femoris, ' +
  'vastus lateralis, vastus medialis and vastus intermedius. Rectus femoris also crosses the hip, ' +
  'so it flexes the hip as well. The four heads join in the quadriceps tendon, which holds the ' +
  'patella and continues as the patellar ligament to the tibial tuberosity. Weakness shows when ' +
  'climbing stairs or rising from a chair, and the knee jerk reflex tests its nerve, the femoral ' +
  'nerve, with roots L2 to L4. That is the whole story, told slowly on purpose.';

/** Long enough (about 14 s) that a test can scroll and look while it still streams, even on a loaded machine. */
const slowestScript: ScriptStep[] = [
  { thinking: 'Writing a long answer.' },
  {
    event: {
      type: 'model:selectMuscles',
      payload: { muscleIds: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'] },
    },
  },
  ...tokens(slowText).flatMap((step): ScriptStep[] => [step, { wait: 150 }]),
];

export const slowScript: ScriptStep[] = [
  { thinking: 'Writing a long answer.' },
  {
    event: {
      type: 'model:selectMuscles',
      payload: { muscleIds: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'] },
    },
  },
  ...tokens(slowText).flatMap((step): ScriptStep[] => [step, { wait: 70 }]),
];

/** An answer that tries every way markdown could smuggle in script. */
export const xssPayloads = [
  '<img src=x onerror="window.__xss = 1">',
  '<script>window.__xss = 2</script>',
  '[a harmless link](javascript:window.__xss=3)',
  '<a href="javascript:window.__xss=4">raw link</a>',
  '![pic](javascript:window.__xss=5)',
];
export const xssScript: ScriptStep[] = tokens(
  `Here is what you sent: ${xssPayloads.join(' and ')} done.`,
);

/** Picks the script by what the student typed. */
export const scriptFor = (message: string): ScriptStep[] => {
  if (/onerror|javascript:/i.test(message)) return xssScript;
  if (/flaky/i.test(message)) return flakyScript();
  if (/tour/i.test(message)) return tourScript;
  if (/everything/i.test(message)) return slowestScript;
  if (/slow/i.test(message)) return slowScript;
  if (/rotator|behind/i.test(message)) return rotatorCuffScript;
  if (/biceps/i.test(message)) return bicepsScript;
  return tokens('I can show you any muscle in the model: ask for one by name.');
};
