import { setTimeout as sleep } from 'node:timers/promises';
import type { ModelCommand } from '#shared/protocol/model-event';
import { parseModelCommand } from '#shared/protocol/model-event';
import type { Agent, AgentInput, AgentPart } from '../../server/src/agent/agent.js';

/** One step of a script: a part to yield, a pause, a failure, or a wait until cancelled. */
export type ScriptStep =
  | { thinking: string }
  | { token: string }
  | { event: ModelCommand }
  | { usage: { inputTokens: number; outputTokens: number } }
  | { wait: number }
  | { fail: string }
  | { hang: true };

export type Script = ScriptStep[] | ((input: AgentInput) => ScriptStep[]);

/** Splits text into word tokens, as a model streams it. */
export const tokens = (text: string): ScriptStep[] =>
  text.split(/(?<= )/).map((token) => ({ token }));

/**
 * A deterministic agent for tests: plays a script, honours the AbortSignal, and records what it
 * was asked and whether it saw the abort.
 */
export const createScriptedAgent = (script: Script, options: { stepDelayMs?: number } = {}) => {
  const calls: AgentInput[] = [];
  const aborted: boolean[] = [];
  const agent: Agent & { calls: AgentInput[]; aborted: boolean[] } = {
    provider: 'scripted',
    model: 'test-script',
    offline: false,
    calls,
    aborted,
    async *run(input): AsyncGenerator<AgentPart> {
      const index = calls.push(input) - 1;
      aborted[index] = false;
      input.signal.addEventListener('abort', () => (aborted[index] = true), { once: true });
      const steps = typeof script === 'function' ? script(input) : script;
      for (const step of steps) {
        if (input.signal.aborted) return;
        if (options.stepDelayMs)
          await sleep(options.stepDelayMs, undefined, { signal: input.signal });
        if ('wait' in step) await sleep(step.wait, undefined, { signal: input.signal });
        else if ('hang' in step)
          await new Promise((_, reject) =>
            input.signal.addEventListener('abort', () => reject(input.signal.reason as Error), {
              once: true,
            }),
          );
        else if ('fail' in step) throw new Error(step.fail);
        else if ('thinking' in step) yield { type: 'thinking', text: step.thinking };
        else if ('token' in step) yield { type: 'token', text: step.token };
        else if ('usage' in step)
          yield {
            type: 'usage',
            usage: { ...step.usage, totalTokens: step.usage.inputTokens + step.usage.outputTokens },
          };
        else {
          const parsed = parseModelCommand(step.event.type, step.event.payload);
          if (!parsed.success) throw new Error(`bad scripted event: ${parsed.error}`);
          yield { type: 'model-event', command: parsed.command };
        }
      }
    },
  };
  return agent;
};

/** The answer the e2e tests and demos use: selects the biceps and swings to an anterior view. */
export const bicepsScript: ScriptStep[] = [
  { thinking: 'Finding the biceps brachii in the catalog.' },
  ...tokens('The biceps brachii has two heads. '),
  { event: { type: 'model:selectMuscles', payload: { muscleIds: ['biceps-brachii'] } } },
  ...tokens('It flexes the elbow and supinates the forearm. '),
  {
    event: {
      type: 'model:setCameraView',
      payload: { view: 'anterior', focus: { muscleIds: ['biceps-brachii'] } },
    },
  },
  ...tokens('Here it is from the front.'),
  { usage: { inputTokens: 120, outputTokens: 30 } },
];
