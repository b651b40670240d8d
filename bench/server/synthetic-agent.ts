import { setTimeout as sleep } from 'node:timers/promises';
import type { Agent, AgentPart } from '../../server/src/agent/agent.js';
import { nowMicros } from '../clock.js';
import { tokenText, type SyntheticLoad } from './synthetic-load.js';

/**
 * A model that streams at a fixed rate (drift-corrected), with a model event every `eventEvery`
 * tokens; the event's annotation text carries its emit time. Each part is stamped with the time
 * it was due, as a provider streaming at that rate would deliver it: when the server's event loop
 * stalls, the agent's timers stall with it, and a stamp taken when the part is finally yielded
 * would hide the stall from the latency figures. The message "idle" makes it wait
 * silently until cancelled (for memory per open stream); "warmup" makes it answer in a burst.
 */
export const createSyntheticAgent = (load: SyntheticLoad): Agent => ({
  provider: 'synthetic',
  model: `${load.tokensPerSecond}-tok-s`,
  offline: true,
  async *run({ message, signal }): AsyncGenerator<AgentPart> {
    if (message === 'idle') {
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      return;
    }
    // Warm-up requests: a short burst, so the JIT and the database are warm before measuring.
    const tokens = message === 'warmup' ? Math.min(10, load.tokens) : load.tokens;
    const interval = message === 'warmup' ? 0 : 1000 / load.tokensPerSecond;
    const start = performance.now();
    // Timers may fire up to a millisecond early: a part yielded before it was due is stamped now.
    const dueMicros = (i: number) =>
      Math.min(nowMicros(), Math.round((performance.timeOrigin + start + i * interval) * 1000));
    for (let i = 0; i < tokens; i += 1) {
      const wait = start + i * interval - performance.now();
      if (wait > 0) await sleep(wait, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return;
      yield { type: 'token', text: tokenText(i, dueMicros(i)) };
      if ((i + 1) % load.eventEvery === 0) {
        yield {
          type: 'model-event',
          command: {
            type: 'model:annotate',
            payload: {
              annotationId: `a${i}`,
              muscleId: 'biceps-brachii',
              side: 'both',
              text: `${i}@${dueMicros(i)}`,
            },
          },
        };
      }
    }
  },
});
