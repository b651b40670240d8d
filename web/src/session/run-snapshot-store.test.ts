import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from './run-snapshot';
import { createRunSnapshotStore } from './run-snapshot-store';

const snapshot: RunSnapshot = {
  version: 1,
  requestId: 'req-1',
  runId: 'run-0123456789',
  threadId: 'thread-1',
  messageId: 'am-1',
  userMessageId: 'um-1',
  userText: 'tell me',
  lastEventId: 'run-0123456789:3',
  text: 'Half',
  thinkingText: '',
  events: [],
  offline: false,
  provider: null,
  model: null,
  tokenCount: 1,
  savedAt: 1000,
};

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
    removeItem: (name: string) => void items.delete(name),
  };
};

describe('createRunSnapshotStore', () => {
  it('should read back, in a new page, the snapshot saved', () => {
    const storage = memoryStorage();
    createRunSnapshotStore(storage, () => 1000).save(snapshot);
    expect(createRunSnapshotStore(storage, () => 2000).load()).toEqual(snapshot);
  });

  it('should drop a stored snapshot that is not valid', () => {
    const storage = memoryStorage();
    storage.setItem(
      'anatomy.activeRun',
      JSON.stringify({ state: { snapshot: { ...snapshot, events: 'none' } }, version: 1 }),
    );
    expect(createRunSnapshotStore(storage, () => 1000).load()).toBeNull();
  });

  it('should forget a snapshot older than the server keeps runs', () => {
    const storage = memoryStorage();
    createRunSnapshotStore(storage).save(snapshot);
    expect(createRunSnapshotStore(storage, () => 1000 + 11 * 60_000).load()).toBeNull();
  });

  it('should work in memory when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    const store = createRunSnapshotStore(blocked, () => 1000);
    store.save(snapshot);
    expect(store.load()).toEqual(snapshot);
    store.clear();
    expect(store.load()).toBeNull();
  });
});
