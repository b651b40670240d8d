import { setTimeout as delay } from 'node:timers/promises';
import { parseModelCommand, type ModelCommand } from '#shared/protocol/model-event';
import type { Agent, AgentPart } from '../agent/agent.js';

/** A stretch of a quiz step: text to stream, and the scene and quiz events it refers to. */
export interface StepSegment {
  text: string;
  commands: readonly ModelCommand[];
}

/** Graded steps are deterministic, like the offline guide, and labelled as it is (not as an AI). */
export const QUIZ_PROVIDER = 'offline';
export const QUIZ_MODEL = 'quiz-1';

/**
 * A run's "agent" for one quiz step, graded already by the server: the feedback, then after
 * `pauseMs` (time to look at the answer in the scene) the next question or the end. No model is
 * called.
 */
export function createQuizStepAgent(segments: readonly StepSegment[], pauseMs: number): Agent {
  async function* run({ signal }: { signal: AbortSignal }): AsyncGenerator<AgentPart> {
    yield { type: 'thinking', text: '' };
    for (const [i, segment] of segments.entries()) {
      if (i > 0 && pauseMs > 0) await delay(pauseMs, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return;
      const text = i > 0 ? `\n\n${segment.text}` : segment.text;
      for (const word of text.split(/(?<=\s)/)) if (word) yield { type: 'token', text: word };
      for (const command of segment.commands) {
        const parsed = parseModelCommand(command.type, command.payload);
        if (parsed.success) yield { type: 'model-event', command: parsed.command };
      }
    }
    yield { type: 'usage', usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 } };
  }
  return { provider: QUIZ_PROVIDER, model: QUIZ_MODEL, offline: true, run };
}
