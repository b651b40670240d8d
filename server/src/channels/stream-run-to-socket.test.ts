import { describe, expect, it } from 'vitest';
import { LocalRun } from '../runs/local-run.js';
import { streamRunToSocket } from './stream-run-to-socket.js';

const makeRun = () =>
  new LocalRun({
    id: 'run-stream-1',
    threadId: 'thread-1',
    userId: 'user-1',
    userMessageId: 'question',
    assistantMessageId: 'answer',
    message: 'hi',
    scene: null,
    pairKey: null,
    requestId: null,
    regenerate: false,
    createdAt: 0,
  });

/** Records what is emitted and the disconnect listeners held. */
const fakeSocket = () => {
  const emitted: { id: string; event: string }[] = [];
  const listeners = new Set<() => void>();
  return {
    emitted,
    listeners,
    emit: (_name: 'model_stream', entry: { id: string; event: string }) => {
      emitted.push({ id: entry.id, event: entry.event });
      return true;
    },
    once: (_name: 'disconnect', listener: () => void) => void listeners.add(listener),
    off: (_name: 'disconnect', listener: () => void) => void listeners.delete(listener),
    disconnect: () => [...listeners].forEach((listener) => listener()),
  };
};

describe('streamRunToSocket', () => {
  it('should replay an ended run to its done and hold nothing', () => {
    const run = makeRun();
    run.append({ event: 'token', data: { content: 'Hi' } });
    run.append({ event: 'done', data: { run_id: run.id, status: 'complete' } });
    run.finish('complete', 1);
    const socket = fakeSocket();
    expect(() => streamRunToSocket(socket as never, run, 0)).not.toThrow();
    expect(socket.emitted).toEqual([{ id: 'run-stream-1:1', event: 'done' }]);
    expect(socket.listeners.size).toBe(0);
  });

  it('should stream a live run until done, or stop at a disconnect', () => {
    const run = makeRun();
    run.append({ event: 'token', data: { content: 'A' } });
    const socket = fakeSocket();
    streamRunToSocket(socket as never, run, -1);
    run.append({ event: 'token', data: { content: 'B' } });
    expect(socket.emitted.map((e) => e.id)).toEqual(['run-stream-1:0', 'run-stream-1:1']);
    run.append({ event: 'done', data: { run_id: run.id, status: 'complete' } });
    expect(socket.listeners.size).toBe(0);

    const other = makeRun();
    const dropped = fakeSocket();
    streamRunToSocket(dropped as never, other, -1);
    expect(other.subscriberCount).toBe(1);
    dropped.disconnect();
    expect(other.subscriberCount).toBe(0);
    other.append({ event: 'token', data: { content: 'unseen' } });
    expect(dropped.emitted).toEqual([]);
  });
});
