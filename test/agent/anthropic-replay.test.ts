import { afterEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../server/src/errors/app-error.js';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
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

/** The replay server of the running test. */
const replay = (): ReplayServer => {
  if (current === undefined) throw new Error('no replay server started');
  return current;
};

/** An agent on the Anthropic path (Messages API), pointed at a replay server. */
const agentFor = async (responses: ReplayResponse[], env: Record<string, string> = {}) => {
  current = await startReplayServer(responses);
  return createAgentFromEnv({
    ANTHROPIC_API_KEY: 'sk-ant-replay',
    ANTHROPIC_BASE_URL: `${current.url}/v1`,
    LLM_MAX_RETRIES: '0',
    ...env,
  });
};

describe('anthropic provider (Messages API wire replay)', () => {
  it('should stream thinking (skipping the signature), text, and a split tool_use input as a validated event', async () => {
    const agent = await agentFor(
      [{ sse: 'anthropic/select-tool-use.sse' }, { sse: 'anthropic/answer-text.sse' }],
      {
        LLM_REASONING: 'medium',
      },
    );
    expect(agent.provider).toBe('anthropic');
    const result = await collectParts(agent, { message: 'which muscles extend the knee?' });

    expect(result.error).toBeUndefined();
    expect(result.thinking).toBe(
      'Knee extension: the catalog lists the four quadriceps as prime movers.',
    );
    expect(result.parts.filter((p) => p.type === 'thinking' && p.text === '')).toHaveLength(1);
    expect(result.text).toBe(
      'The quadriceps extend the knee; here they are. All four pull on the patella.',
    );
    expect(result.events).toEqual([
      {
        type: 'model:selectMuscles',
        payload: {
          muscleIds: [
            'rectus-femoris',
            'vastus-lateralis',
            'vastus-medialis',
            'vastus-intermedius',
          ],
          side: 'both',
          mode: 'replace',
        },
      },
    ]);
    expect(result.parts.at(-1)).toEqual({
      type: 'usage',
      usage: {
        inputTokens: 7050,
        outputTokens: 151,
        totalTokens: 7201,
        cachedInputTokens: 0,
        model: 'claude-sonnet-4-5-20250929',
      },
    });

    const [first, second] = replay().requests;
    expect(first?.path).toBe('/v1/messages');
    expect(first?.headers['x-api-key']).toBe('sk-ant-replay');
    expect(first?.body).toMatchObject({
      model: 'claude-sonnet-4-5',
      stream: true,
      thinking: { type: 'enabled', budget_tokens: 4096 },
    });
    // The thinking block goes back with its signature, and the tool result follows the tool_use.
    const assistant = (
      second?.body.messages as { role: string; content: { type: string; signature?: string }[] }[]
    ).find((m) => m.role === 'assistant');
    expect(assistant?.content.map((c) => c.type)).toEqual(['thinking', 'text', 'tool_use']);
    expect(assistant?.content[0]?.signature).toBe('EqQBCkgIARABGAIiQL2replaysignature0000');
  });

  it('should mark the static system prompt and the end of the history cacheable, and send the scene after them', async () => {
    const agent = await agentFor([{ sse: 'anthropic/answer-text.sse' }]);
    await collectParts(agent, {
      message: 'and its nerve?',
      history: [
        { role: 'user', text: 'show me the deltoid' },
        { role: 'assistant', text: 'Here is the deltoid.' },
      ],
    });
    const body = replay().requests[0]?.body as {
      system: { type: string; text: string; cache_control?: unknown }[];
      messages: {
        role: string;
        content: { type: string; text: string; cache_control?: unknown }[];
      }[];
    };
    expect(body.system).toHaveLength(1);
    expect(body.system[0]?.cache_control).toEqual({ type: 'ephemeral' });
    expect(body.system[0]?.text).not.toMatch(/Selected:|deltoid/i);
    expect(body.messages[1]?.content.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
    const latest = body.messages[2]?.content.at(-1);
    expect(latest?.cache_control).toBeUndefined();
    expect(latest?.text).toContain('Deltoid [deltoid]');
  });

  it('should fail with a retryable AGENT_FAILED when an overloaded_error arrives mid-stream', async () => {
    const agent = await agentFor([{ sse: 'anthropic/overloaded-mid-stream.sse' }]);
    const result = await collectParts(agent, { message: 'tell me about the gastrocnemius' });

    expect(result.text).toBe('The gastrocnemius ');
    expect((result.error as AppError).toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: true,
    });
    expect((result.error as AppError).message).toBe(
      'Anthropic is overloaded right now. Try again in a moment.',
    );
  });

  it('should map a 429 rate_limit_error to a retryable error', async () => {
    const agent = await agentFor([
      { status: 429, json: 'anthropic/rate-limit.json', headers: { 'retry-after': '30' } },
    ]);
    const result = await collectParts(agent, { message: 'show me the biceps' });

    expect((result.error as AppError).toBody()).toEqual({
      code: 'AGENT_FAILED',
      retryable: true,
      message:
        'Anthropic is rate limiting requests right now (HTTP 429). Wait a moment and try again.',
    });
  });

  it('should map an authentication_error to an error that is not retryable', async () => {
    const agent = await agentFor([{ status: 401, json: 'anthropic/invalid-key.json' }]);
    const result = await collectParts(agent, { message: 'show me the biceps' });

    expect((result.error as AppError).toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: false,
    });
  });
});
