import { setTimeout as sleep } from 'node:timers/promises';
import type { Agent, AgentPart } from '../../server/src/agent/agent.js';
import { nowMicros } from '../clock.js';

/** Muscles the timed events select in turn (each event changes the scene). */
const muscles = [
  'biceps-brachii',
  'deltoid',
  'supraspinatus',
  'infraspinatus',
  'teres-minor',
  'subscapularis',
  'rectus-femoris',
  'vastus-lateralis',
];

/** What the page sends to start a timed run: `bench-events <count> <intervalMs> <label>`. */
export const eventBenchMessage = (count: number, intervalMs: number, label: string): string =>
  `bench-events ${count} ${intervalMs} ${label}`;

const parseMessage = (message: string) => {
  const match = /^bench-events (\d+) (\d+) (\S+)$/.exec(message);
  return match ? { count: Number(match[1]), intervalMs: Number(match[2]) } : null;
};

export interface EventBenchAgent extends Agent {
  /** Emit times (ms on the shared clock) of a message's events, by seq. */
  emittedAt: (message: string) => readonly number[];
}

/**
 * An agent that answers `eventBenchMessage` with `count` selection events at a fixed rate
 * (drift-corrected), each after a token, and records each event's emit time just before it
 * yields it: the run numbers events from 0 in yield order, so index = seq.
 */
export const createEventBenchAgent = (): EventBenchAgent => {
  const emitted = new Map<string, number[]>();
  return {
    provider: 'bench',
    model: 'timed-events',
    offline: true,
    emittedAt: (message) => emitted.get(message) ?? [],
    async *run({ message, signal }): AsyncGenerator<AgentPart> {
      const plan = parseMessage(message);
      if (!plan) {
        yield { type: 'token', text: 'Send a bench-events message.' };
        return;
      }
      const times: number[] = [];
      emitted.set(message, times);
      // A moment for the socket to join the thread's room before the first event.
      await sleep(300, undefined, { signal }).catch(() => undefined);
      const start = performance.now();
      for (let i = 0; i < plan.count; i += 1) {
        const wait = start + i * plan.intervalMs - performance.now();
        if (wait > 0) await sleep(wait, undefined, { signal }).catch(() => undefined);
        if (signal.aborted) return;
        yield { type: 'token', text: `e${i} ` };
        times.push(nowMicros() / 1000);
        yield {
          type: 'model-event',
          command: {
            type: 'model:selectMuscles',
            payload: {
              muscleIds: [muscles[i % muscles.length] as string],
              side: 'both',
              mode: 'replace',
            },
          },
        };
      }
    },
  };
};
