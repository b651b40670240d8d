import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '#shared/protocol/index';
import { applyModelEvent } from './apply-model-event';
import { flushPendingEvents } from './flush-pending-events';
import { initialSceneData } from './initial-scene-data';

const select = (
  runId: string,
  seq: number,
  ids: string[],
  mode: 'replace' | 'add' = 'replace',
): ModelEvent => ({
  id: `${runId}-${seq}`,
  runId,
  seq,
  type: 'model:selectMuscles',
  payload: { muscleIds: ids, side: 'both', mode },
});
const view = (runId: string, seq: number): ModelEvent => ({
  id: `${runId}-${seq}`,
  runId,
  seq,
  type: 'model:setCameraView',
  payload: { view: 'posterior', durationMs: 900 },
});

describe('applyModelEvent', () => {
  it('should apply an event once, whichever channel delivers it first', () => {
    const event = select('run-a', 0, ['biceps-brachii']);
    const once = applyModelEvent(initialSceneData, event);
    const twice = applyModelEvent(once, event);
    expect(Object.keys(once.selection)).toEqual(['biceps-brachii']);
    expect(twice).toBe(once);
  });

  it('should apply a duplicate as a no-op even after later events', () => {
    let scene = applyModelEvent(initialSceneData, select('run-a', 0, ['biceps-brachii']));
    scene = applyModelEvent(scene, select('run-a', 1, ['triceps-brachii']));
    const again = applyModelEvent(scene, select('run-a', 0, ['biceps-brachii']));
    expect(again).toBe(scene);
    expect(Object.keys(again.selection)).toEqual(['triceps-brachii']);
  });

  it('should hold an event that arrives ahead of a gap until the gap fills', () => {
    const ahead = applyModelEvent(initialSceneData, select('run-a', 1, ['triceps-brachii']));
    expect(ahead.selection).toEqual({});
    expect(ahead.delivery.pending['run-a']).toHaveLength(1);
    const filled = applyModelEvent(ahead, select('run-a', 0, ['biceps-brachii']));
    // Applied in seq order: the later replace wins.
    expect(Object.keys(filled.selection)).toEqual(['triceps-brachii']);
    expect(filled.delivery.pending['run-a']).toBeUndefined();
    expect(filled.delivery.nextSeq['run-a']).toBe(2);
  });

  it('should end in the same state for any interleaving of two channels', () => {
    const events = [
      select('run-a', 0, ['biceps-brachii']),
      view('run-a', 1),
      select('run-a', 2, ['triceps-brachii'], 'add'),
    ];
    const socket = [events[0], events[2], events[1]] as ModelEvent[];
    const sse = [events[1], events[0], events[2]] as ModelEvent[];
    const orders = [
      [...events],
      [...socket, ...sse],
      [sse[0], socket[0], socket[1], sse[1], sse[2], socket[2]],
      [...events].reverse(),
    ] as ModelEvent[][];
    const results = orders.map((order) => order.reduce(applyModelEvent, initialSceneData));
    for (const result of results) {
      expect(Object.keys(result.selection)).toEqual(['biceps-brachii', 'triceps-brachii']);
      expect(result.camera.seq).toBe(1);
      expect(result.camera.view).toBe('posterior');
      expect(result.delivery.pending).toEqual({});
    }
  });

  it('should keep runs apart', () => {
    let scene = applyModelEvent(initialSceneData, select('run-a', 0, ['biceps-brachii']));
    scene = applyModelEvent(scene, select('run-b', 0, ['triceps-brachii']));
    expect(Object.keys(scene.selection)).toEqual(['triceps-brachii']);
    expect(scene.delivery.nextSeq).toEqual({ 'run-a': 1, 'run-b': 1 });
  });
});

describe('flushPendingEvents', () => {
  it('should apply what waits behind a gap that will not fill, in seq order', () => {
    let scene = applyModelEvent(initialSceneData, select('run-a', 3, ['triceps-brachii']));
    scene = applyModelEvent(scene, select('run-a', 2, ['biceps-brachii']));
    expect(scene.selection).toEqual({});
    scene = flushPendingEvents(scene, 'run-a');
    expect(Object.keys(scene.selection)).toEqual(['triceps-brachii']);
    expect(scene.delivery.nextSeq['run-a']).toBe(4);
    expect(applyModelEvent(scene, select('run-a', 2, ['biceps-brachii']))).toBe(scene);
  });

  it('should return the same scene when nothing waits', () => {
    expect(flushPendingEvents(initialSceneData, 'run-a')).toBe(initialSceneData);
  });
});
