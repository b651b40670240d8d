import type { ModelEvent } from '#shared/protocol/index';
import { modelEventHandlers, type ModelEventHandler } from './reducers/model-event-handlers';
import type { EventDelivery, SceneData } from './scene-data';
import { withoutKey } from './without-key';

const runHandler = (scene: SceneData, event: ModelEvent): SceneData =>
  (modelEventHandlers[event.type] as ModelEventHandler)(scene, event.payload);

const markApplied = (delivery: EventDelivery, event: ModelEvent): EventDelivery => ({
  applied: { ...delivery.applied, [event.id]: true },
  nextSeq: {
    ...delivery.nextSeq,
    [event.runId]: Math.max(event.seq + 1, delivery.nextSeq[event.runId] ?? 0),
  },
  pending: delivery.pending,
});

const withPending = (
  delivery: EventDelivery,
  runId: string,
  pending: readonly ModelEvent[],
): EventDelivery => ({
  ...delivery,
  pending:
    pending.length === 0
      ? withoutKey(delivery.pending, runId)
      : { ...delivery.pending, [runId]: pending },
});

/** Applies a run's waiting events in seq order for as long as there is no gap. */
const drain = (scene: SceneData, runId: string): SceneData => {
  const waiting = scene.delivery.pending[runId];
  if (!waiting) return scene;
  let next = scene;
  let index = 0;
  for (; index < waiting.length; index += 1) {
    const head = waiting[index] as ModelEvent;
    const expected = next.delivery.nextSeq[runId] ?? 0;
    if (head.seq > expected) break;
    // Below `expected` is a stale duplicate under another id: dropped, like in applyModelEvent.
    if (head.seq === expected && !next.delivery.applied[head.id]) {
      next = { ...runHandler(next, head), delivery: markApplied(next.delivery, head) };
    }
  }
  return index === 0
    ? next
    : { ...next, delivery: withPending(next.delivery, runId, waiting.slice(index)) };
};

/**
 * Applies a model event exactly once, whichever channel delivers it first, and in `seq` order
 * within its run: an event that arrives ahead of a gap waits until the gap is filled (or the run
 * ends, see `flushPendingEvents`). Pure: returns the same object when nothing changes.
 */
export const applyModelEvent = (scene: SceneData, event: ModelEvent): SceneData => {
  const { delivery } = scene;
  if (delivery.applied[event.id]) return scene;
  const waiting = delivery.pending[event.runId] ?? [];
  if (waiting.some((e) => e.id === event.id)) return scene;
  const expected = delivery.nextSeq[event.runId] ?? 0;
  // Behind the run's position but never applied: a stale duplicate under another id.
  if (event.seq < expected) return scene;
  if (event.seq > expected) {
    const pending = [...waiting, event].sort((a, b) => a.seq - b.seq);
    return { ...scene, delivery: withPending(delivery, event.runId, pending) };
  }
  const applied = { ...runHandler(scene, event), delivery: markApplied(delivery, event) };
  return drain(applied, event.runId);
};
