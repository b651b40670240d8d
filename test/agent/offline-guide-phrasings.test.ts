import { describe, expect, it } from 'vitest';
import type { HistoryTurn } from '../../server/src/agent/agent.js';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import type { Side } from '#shared/protocol/ids';
import type { ModelCommandOutput } from '#shared/protocol/model-event';
import type { NamedView } from '#shared/protocol/named-view';
import { SceneState } from '#shared/protocol/scene-state';
import { collectParts } from './support/collect-parts.js';

const agent = createAgentFromEnv({ OFFLINE_TOKEN_DELAY_MS: '0' });

const ROTATOR_CUFF = ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'];
const QUADS = ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius'];
const HAMSTRINGS = ['biceps-femoris', 'semitendinosus', 'semimembranosus'];
const GLUTES = ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'];
const CALVES = ['gastrocnemius', 'soleus'];
const ERECTORS = [
  'iliocostalis-lumborum',
  'iliocostalis-cervicis',
  'longissimus-thoracis',
  'longissimus-cervicis',
  'longissimus-capitis',
  'spinalis-thoracis',
];

interface Phrasing {
  say: string;
  /** Muscles highlighted (selectMuscles replace/add, in any order); null: nothing highlighted. */
  select: string[] | null;
  side?: Side;
  /** The view of the camera event; null: the camera keeps its direction (or does not move). */
  view: NamedView | null;
  scene?: Partial<SceneState>;
  history?: HistoryTurn[];
  /** Other model events that must be there, by type. */
  also?: ModelCommandOutput['type'][];
}

const table: Phrasing[] = [
  // Groups, by name, synonym and nickname
  {
    say: 'show me the rotator cuff from behind',
    select: ROTATOR_CUFF,
    side: 'both',
    view: 'posterior',
  },
  { say: 'rotater cuff please', select: ROTATOR_CUFF, view: 'posterior' },
  { say: 'where are the SITS muscles?', select: ROTATOR_CUFF, view: 'posterior' },
  { say: 'highlight the quads', select: QUADS, view: 'anterior' },
  { say: 'show my quadricep', select: QUADS, view: 'anterior' },
  { say: 'hamstirngs', select: HAMSTRINGS, view: 'posterior' },
  { say: 'show the hammies from the side', select: HAMSTRINGS, view: 'right' },
  { say: 'glutes from behind', select: GLUTES, view: 'posterior' },
  { say: 'can you highlight the glutes?', select: GLUTES, view: 'posterior' },
  { say: 'can i see the calves', select: CALVES, view: 'posterior' },
  { say: 'show the abs', select: ['external-oblique'], view: 'anterolateral-right' },
  { say: 'show the erector spinae', select: ERECTORS, view: 'posterior' },
  {
    say: 'the scalenes please',
    select: ['scalenus-anterior', 'scalenus-medius', 'scalenus-posterior'],
    view: 'right',
  },
  { say: 'what muscles are in the rotator cuff?', select: ROTATOR_CUFF, view: 'posterior' },
  { say: 'how many muscles make up the hamstrings', select: HAMSTRINGS, view: 'posterior' },
  {
    say: 'show the hip flexors',
    select: ['iliacus', 'psoas-major', 'rectus-femoris', 'tensor-fasciae-latae', 'pectineus'],
    view: 'anterior',
  },
  // Muscles, by name and nickname
  { say: 'pecs', select: ['pectoralis-major'], view: 'anterior' },
  { say: 'highlight the traps', select: ['trapezius'], view: 'posterior' },
  { say: 'I want to see my traps', select: ['trapezius'], view: 'posterior' },
  { say: 'show me the delts', select: ['deltoid'], view: 'right' },
  { say: 'where is the scm', select: ['sternocleidomastoid'], view: 'anterolateral-right' },
  { say: "where's the psoas", select: ['psoas-major'], view: 'anterior' },
  { say: 'pls show teres major', select: ['teres-major'], view: 'posterior' },
  { say: 'serratus anterior please', select: ['serratus-anterior'], view: 'right' },
  { say: 'show the tibialis posterior', select: ['tibialis-posterior'], view: 'posterior' },
  // Sides
  { say: 'my left bicep', select: ['biceps-brachii'], side: 'left', view: 'anterior' },
  { say: 'show the right deltoid', select: ['deltoid'], side: 'right', view: 'right' },
  { say: 'left hamstrings from behind', select: HAMSTRINGS, side: 'left', view: 'posterior' },
  {
    say: 'highlight the triceps on the right side',
    select: ['triceps-brachii'],
    side: 'right',
    view: 'posterior',
  },
  { say: 'both biceps', select: ['biceps-brachii'], side: 'both', view: 'anterior' },
  { say: 'show my right calf from the side', select: CALVES, side: 'right', view: 'right' },
  { say: 'the left glute max', select: ['gluteus-maximus'], side: 'left', view: 'posterior' },
  { say: 'show the rear delt from the left', select: ['deltoid'], side: 'both', view: 'left' },
  // Typos and plurals
  { say: 'bicpes', select: ['biceps-brachii'], view: 'anterior' },
  { say: 'show the deltiod', select: ['deltoid'], view: 'right' },
  { say: 'trapezious', select: ['trapezius'], view: 'posterior' },
  { say: 'gastrocnemius muscles', select: ['gastrocnemius'], view: 'posterior' },
  { say: 'show me the pectoralis majr', select: ['pectoralis-major'], view: 'anterior' },
  { say: 'infraspinatous from behind', select: ['infraspinatus'], view: 'posterior' },
  // Movements
  { say: 'which muscles extend the knee?', select: QUADS, view: 'anterior' },
  { say: 'what lets me shrug?', select: ['levator-scapulae', 'trapezius'], view: 'posterior' },
  { say: 'what flexes the elbow', select: ['biceps-brachii', 'brachialis'], view: 'anterior' },
  {
    say: 'muscles that abduct the shoulder',
    select: ['deltoid', 'supraspinatus'],
    view: 'posterior',
  },
  { say: 'what muscles point my toes', select: CALVES, view: 'posterior' },
  { say: 'which muscles help me breathe in', select: ['diaphragm'], view: 'anterior' },
  { say: 'what turns my palm up?', select: ['biceps-brachii', 'supinator'], view: 'anterior' },
  { say: 'what dorsiflexes the ankle', select: ['tibialis-anterior'], view: 'anterior' },
  { say: 'which muscles close the jaw?', select: null, view: null },
  // Facts
  { say: 'where does the deltoid insert?', select: ['deltoid'], view: 'right' },
  { say: 'what nerve supplies the biceps?', select: ['biceps-brachii'], view: 'anterior' },
  { say: 'origin of the supraspinatus', select: ['supraspinatus'], view: 'posterior' },
  {
    say: "what's the blood supply of the gluteus maximus",
    select: ['gluteus-maximus'],
    view: 'posterior',
  },
  { say: 'tell me about the soleus', select: ['soleus'], view: 'posterior' },
  { say: 'what does the latissimus dorsi do?', select: null, view: null },
  // Follow-ups: "it", "them"
  {
    say: 'where does it insert?',
    select: null,
    view: null,
    scene: { selection: [{ muscleId: 'biceps-brachii', side: 'left' }], view: 'anterior' },
  },
  {
    say: 'show it from behind',
    select: null,
    view: 'posterior',
    scene: { selection: [{ muscleId: 'deltoid', side: 'both' }], view: 'anterior' },
  },
  {
    say: 'what nerve supplies them?',
    select: HAMSTRINGS,
    view: 'posterior',
    history: [
      { role: 'user', text: 'show me the hamstrings' },
      { role: 'assistant', text: 'Here are the hamstrings, seen from behind.' },
    ],
  },
  { say: 'and the triceps?', select: ['triceps-brachii'], view: 'posterior' },
  // The camera alone
  { say: 'turn to the side', select: null, view: 'right' },
  { say: 'turn it around', select: null, view: 'posterior', scene: { view: 'anterior' } },
  { say: 'view from above', select: null, view: 'superior' },
  { say: 'now from the left', select: null, view: 'left' },
  { say: 'zoom out', select: null, view: 'anterior' },
  { say: 'zoom on the shoulder', select: null, view: null, also: ['model:setCameraView'] },
  // Visibility, layers, x-ray, clearing, tours
  {
    say: 'isolate the left deltoid',
    select: ['deltoid'],
    side: 'left',
    view: 'left',
    also: ['model:isolate'],
  },
  {
    say: 'only show the rotator cuff',
    select: ROTATOR_CUFF,
    view: 'posterior',
    also: ['model:isolate'],
  },
  { say: 'hide the trapezius', select: null, view: null, also: ['model:setMuscleVisibility'] },
  { say: 'hide the bones', select: null, view: null, also: ['model:setLayerVisibility'] },
  { say: 'turn on x-ray', select: null, view: null, also: ['model:setXray'] },
  { say: 'clear the selection', select: null, view: null, also: ['model:clearSelection'] },
  { say: 'reset the view', select: null, view: null, also: ['model:resetView'] },
  { say: 'give me a tour of the forearm flexors', select: null, view: null, also: ['model:tour'] },
  // What the guide does not do: no mesh, unknown names, off-topic
  { say: 'show me the lats', select: null, view: null },
  { say: 'show me the masseter', select: null, view: null },
  { say: 'show me the flurbus muscle', select: null, view: null },
  { say: "what's the weather like today?", select: null, view: null },
  { say: 'hello', select: null, view: null },
  { say: 'show me the femur', select: null, view: null, also: ['model:setCameraView'] },
];

const selectedIds = (events: readonly ModelCommandOutput[]): string[] | null => {
  const selects = events.filter(
    (e): e is Extract<ModelCommandOutput, { type: 'model:selectMuscles' }> =>
      e.type === 'model:selectMuscles' && e.payload.mode !== 'remove',
  );
  return selects.length === 0
    ? null
    : [...new Set(selects.flatMap((e) => e.payload.muscleIds))].sort();
};

const cameraView = (events: readonly ModelCommandOutput[]): NamedView | null => {
  const cameras = events.filter((e) => e.type === 'model:setCameraView');
  const last = cameras.at(-1);
  return last?.type === 'model:setCameraView' ? (last.payload.view ?? null) : null;
};

describe('offline guide phrasings', () => {
  it('should cover at least 60 phrasings', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
  });

  it.each(table)('"$say"', async ({ say, select, side, view, scene, history, also }) => {
    const result = await collectParts(agent, {
      message: say,
      scene: scene ? SceneState.parse(scene) : null,
      history: history ?? [],
    });
    expect(result.error).toBeUndefined();
    expect(result.text.length).toBeGreaterThan(0);
    expect(selectedIds(result.events)).toEqual(select === null ? null : [...select].sort());
    if (side !== undefined) {
      expect(result.events.find((e) => e.type === 'model:selectMuscles')?.payload).toMatchObject({
        side,
      });
    }
    expect(cameraView(result.events)).toBe(view);
    for (const type of also ?? []) expect(result.events.map((e) => e.type)).toContain(type);
  });
});
