import { modelEventHandlers, type ModelEventHandler } from './reducers/model-event-handlers';
import type { SceneData } from './scene-data';
import { withoutKey } from './without-key';

/**
 * Applies a run's events still waiting for a gap that will never fill (the run ended, or the
 * stream was joined part-way), in seq order, and forgets the gap.
 */
export const flushPendingEvents = (scene: SceneData, runId: string): SceneData => {
  const pending = scene.delivery.pending[runId];
  if (!pending || pending.length === 0) return scene;
  let next = scene;
  let applied = { ...scene.delivery.applied };
  let nextSeq = scene.delivery.nextSeq[runId] ?? 0;
  for (const event of pending) {
    if (applied[event.id]) continue;
    next = (modelEventHandlers[event.type] as ModelEventHandler)(next, event.payload);
    applied = { ...applied, [event.id]: true };
    nextSeq = Math.max(nextSeq, event.seq + 1);
  }
  const rest = withoutKey(scene.delivery.pending, runId);
  return {
    ...next,
    delivery: { applied, nextSeq: { ...scene.delivery.nextSeq, [runId]: nextSeq }, pending: rest },
  };
};
