import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/errors/app-error.js';
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

/** An agent on the OpenAI path (Responses API), pointed at a replay server. */
const agentFor = async (responses: ReplayResponse[], env: Record<string, string> = {}) => {
  current = await startReplayServer(responses);
  return createAgentFromEnv({
    LLM_PROVIDER: 'openai',
    LLM_MODEL: 'gpt-5-mini',
    OPENAI_API_KEY: 'sk-replay-0000',
    OPENAI_BASE_URL: `${current.url}/v1`,
    LLM_MAX_RETRIES: '0',
    ...env,
  });
};

describe('openai provider (Responses API wire replay)', () => {
  it('should stream the reasoning summary as thinking, text as tokens, and a split function call as a validated event', async () => {
    const agent = await agentFor(
      [{ sse: 'responses/select-tool-call.sse' }, { sse: 'responses/answer-text.sse' }],
      {
        LLM_REASONING: 'low',
      },
    );
    const result = await collectParts(agent, { message: 'highlight my right hamstrings in red' });

    expect(result.error).toBeUndefined();
    expect(result.thinking).toBe(
      '**Finding the hamstrings**\n\nThree muscles at the back of the thigh; a posterior view shows them.',
    );
    expect(result.text).toBe(
      'Here are the hamstrings from behind. They bend the knee and extend the hip.',
    );
    // The model named the group; the tool expanded it and resolved the colour name.
    expect(result.events).toEqual([
      {
        type: 'model:selectMuscles',
        payload: {
          muscleIds: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
          side: 'right',
          mode: 'replace',
          color: '#e53935',
        },
      },
    ]);
    expect(result.parts.at(-1)).toEqual({
      type: 'usage',
      usage: {
        inputTokens: 6350,
        outputTokens: 222,
        totalTokens: 6572,
        reasoningTokens: 128,
        // Read from the prompt cache: the requests share their static start.
        cachedInputTokens: 4096,
        model: 'gpt-5-mini-2025-08-07',
      },
    });

    const [first, second] = replay().requests;
    expect(first?.path).toBe('/v1/responses');
    expect(first?.headers.authorization).toBe('Bearer sk-replay-0000');
    expect(first?.body).toMatchObject({
      model: 'gpt-5-mini',
      stream: true,
      reasoning: { effort: 'low', summary: 'auto' },
    });
    const output = (second?.body.input as { type?: string; output?: string }[]).find(
      (item) => item.type === 'function_call_output',
    );
    expect(output?.output).toContain('Selected (right side): biceps-femoris');
  });

  it('should fail with a retryable AGENT_FAILED on an error event mid-stream', async () => {
    const agent = await agentFor([{ sse: 'responses/mid-stream-error.sse' }]);
    const result = await collectParts(agent, { message: 'where is the soleus?' });

    expect(result.text).toBe('The soleus lies ');
    expect((result.error as AppError).toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: true,
    });
  });

  it('should map a 429 to a retryable error with a clear message', async () => {
    const agent = await agentFor([
      { status: 429, json: 'responses/rate-limit.json', headers: { 'retry-after': '1' } },
    ]);
    const result = await collectParts(agent, { message: 'show me the biceps' });

    expect(AppError.isInstance(result.error)).toBe(true);
    expect((result.error as AppError).toBody()).toEqual({
      code: 'AGENT_FAILED',
      retryable: true,
      message:
        'OpenAI is rate limiting requests right now (HTTP 429). Wait a moment and try again.',
    });
  });

  it('should map a rejected API key to an error that is not retryable', async () => {
    const agent = await agentFor([{ status: 401, json: 'responses/invalid-key.json' }]);
    const result = await collectParts(agent, { message: 'show me the biceps' });

    expect((result.error as AppError).toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: false,
    });
    expect((result.error as AppError).message).not.toContain('sk-');
  });
});
