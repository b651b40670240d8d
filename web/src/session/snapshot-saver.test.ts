import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newChatMessage } from '../state/new-chat-message';
import { createViewerStore, type ViewerStore } from '../state/viewer-store';
import { followedRun } from './active-run';
import type { RunSnapshot } from './run-snapshot';
import { createSnapshotSaver, SNAPSHOT_INTERVAL_MS } from './snapshot-saver';

describe('createSnapshotSaver', () => {
  let store: ViewerStore;
  let saved: RunSnapshot[];
  const page = new EventTarget();
  const make = () =>
    createSnapshotSaver({
      store,
      snapshots: {
        load: () => saved.at(-1) ?? null,
        save: (snapshot) => saved.push(snapshot),
        clear: () => saved.push(null as unknown as RunSnapshot),
      },
      now: () => 1000,
      page: page as unknown as Window,
    });
  const streamText = (text: string) =>
    store.getState().updateMessage('r-1', (m) => ({ ...m, text }));

  beforeEach(() => {
    vi.useFakeTimers();
    store = createViewerStore();
    saved = [];
    store
      .getState()
      .addMessages(newChatMessage({ key: 'r-1', role: 'assistant', status: 'streaming' }));
    store.getState().setRun(followedRun('r-1', 'run-0123456789', 'thread-1'));
  });
  afterEach(() => vi.useRealTimers());

  it('should write at most once per interval, with the latest text', () => {
    const saver = make();
    for (const text of ['a', 'ab', 'abc']) {
      streamText(text);
      saver.schedule();
    }
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(SNAPSHOT_INTERVAL_MS);
    expect(saved.map((s) => s.text)).toEqual(['abc']);
    saver.dispose();
  });

  it('should write what is pending when the page is hidden', () => {
    const saver = make();
    streamText('half');
    saver.schedule();
    page.dispatchEvent(new Event('pagehide'));
    expect(saved.map((s) => s.text)).toEqual(['half']);
    vi.advanceTimersByTime(SNAPSHOT_INTERVAL_MS);
    expect(saved).toHaveLength(1);
    saver.dispose();
  });

  it('should drop a pending write when the snapshot is cleared', () => {
    const saver = make();
    saver.schedule();
    saver.clear();
    vi.advanceTimersByTime(SNAPSHOT_INTERVAL_MS);
    expect(saved).toEqual([null]);
    saver.dispose();
  });
});
