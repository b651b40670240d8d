import { afterEach, describe, expect, it } from 'vitest';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import { SceneState } from '#shared/protocol/scene-state';
import { collectParts } from './support/collect-parts.js';
import {
  startReplayServer,
  type ReplayResponse,
  type ReplayServer,
} from './support/replay-server.js';

let current: ReplayServer | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

/** An agent on the Chat Completions path, pointed at a replay server. */
const agentFor = async (responses: ReplayResponse[]) => {
  current = await startReplayServer(responses);
  return createAgentFromEnv({
    LLM_PROVIDER: 'openai-compatible',
    LLM_MODEL: 'llama3.1',
    OPENAI_BASE_URL: `${current.url}/v1`,
    LLM_MAX_RETRIES: '0',
  });
};

type Sent = {
  messages: { role: string; content: string }[];
  tools: { function: { name: string; description: string } }[];
};
const sent = (n: number): Sent => {
  const body = current?.requests[n]?.body;
  if (body === undefined) throw new Error(`no request #${n}`);
  return body as unknown as Sent;
};

describe('the AI SDK path follows the guide rules (wire replay)', () => {
  it('should send a follow-up with the sided selection and the rule for "the other side", and apply the call', async () => {
    const agent = await agentFor([
      { sse: 'chat-completions/other-side-call.sse' },
      { sse: 'chat-completions/other-side-answer.sse' },
    ]);
    const result = await collectParts(agent, {
      message: 'do the same on the other arm',
      scene: SceneState.parse({ selection: [{ muscleId: 'biceps-brachii', side: 'left' }] }),
      history: [
        { role: 'user', text: 'show my left biceps' },
        { role: 'assistant', text: 'Here is the left biceps brachii, seen from the front.' },
      ],
    });

    expect(result.error).toBeUndefined();
    expect(result.events).toEqual([
      {
        type: 'model:selectMuscles',
        payload: { muscleIds: ['biceps-brachii'], side: 'right', mode: 'replace' },
      },
    ]);
    const { messages, tools } = sent(0);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    const system = messages[0]?.content ?? '';
    // The scene goes with the latest message; the rules stay in the (cached) system prompt.
    expect(messages.at(-1)?.content).toContain('Selected: biceps-brachii (Biceps brachii, left).');
    expect(system).toMatch(/"The other side\/arm\/leg" means the same muscles on the other side/);
    const select = tools.find((t) => t.function.name === 'selectMuscles');
    expect(select?.function.description).toMatch(/The other side/);
  });

  it('should send a dose question with the clinical rule, and stream the refusal without touching the scene', async () => {
    const agent = await agentFor([{ sse: 'chat-completions/clinical-refusal.sse' }]);
    const result = await collectParts(agent, { message: 'how much ibuprofen for a pulled calf?' });

    expect(result.error).toBeUndefined();
    expect(result.events).toEqual([]);
    expect(result.text).toMatch(/^I can't advise on medicines or doses: please ask a doctor/);
    const system = sent(0).messages[0]?.content ?? '';
    expect(system).toMatch(/Clinical questions .*no diagnosis, dose or advice/);
    expect(system).toMatch(/suggest a doctor or physiotherapist/);
    expect(system).toMatch(/Never substitute/);
  });
});
