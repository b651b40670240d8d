import type { Agent, AgentInput, AgentPart } from '../../../server/src/agent/agent.js';
import type { ModelCommandOutput } from '#shared/protocol/model-event';

export interface Collected {
  parts: AgentPart[];
  text: string;
  thinking: string;
  events: ModelCommandOutput[];
  error: unknown;
}

/** Runs an agent to the end (or its error) and sorts what it yielded. */
export async function collectParts(
  agent: Agent,
  input: Partial<AgentInput> & { message: string },
  onPart?: (part: AgentPart, collected: Collected) => void,
): Promise<Collected> {
  const collected: Collected = { parts: [], text: '', thinking: '', events: [], error: undefined };
  try {
    for await (const part of agent.run({
      history: [],
      scene: null,
      signal: new AbortController().signal,
      ...input,
    })) {
      collected.parts.push(part);
      if (part.type === 'token') collected.text += part.text;
      if (part.type === 'thinking') collected.thinking += part.text;
      if (part.type === 'model-event') collected.events.push(part.command);
      onPart?.(part, collected);
    }
  } catch (error) {
    collected.error = error;
  }
  return collected;
}
