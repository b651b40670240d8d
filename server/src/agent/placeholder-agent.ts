import { setTimeout as sleep } from 'node:timers/promises';
import type { Agent, AgentPart } from './agent.js';

const reply =
  'The assistant is not set up on this server yet, so I cannot answer questions. ' +
  'Your message was saved, and the 3D model can still be explored with the muscle browser.';

/** Stands in until an assistant is configured: says so plainly, streamed like a real answer. */
export const createPlaceholderAgent = (options: { tokenDelayMs?: number } = {}): Agent => ({
  provider: 'placeholder',
  model: 'none',
  offline: true,
  async *run({ signal }): AsyncGenerator<AgentPart> {
    for (const word of reply.split(/(?<= )/)) {
      if (signal.aborted) return;
      await sleep(options.tokenDelayMs ?? 25, undefined, { signal }).catch(() => undefined);
      yield { type: 'token', text: word };
    }
  },
});
