import type { ModelEvent } from '#shared/protocol/index';
import type { ViewerStore } from '../state/viewer-store';

/**
 * The one way model events enter the store, whichever channel or snapshot carries them. The
 * store's reducer applies each event id once and in seq order, so callers need not care which
 * channel was first.
 */
export const enterModelEvents = (store: ViewerStore, events: readonly ModelEvent[]): void => {
  const { applyModelEvent } = store.getState();
  for (const event of events) applyModelEvent(event);
};
