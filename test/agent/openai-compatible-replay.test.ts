import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/errors/app-error.js';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import { createGuest } from '../support/guests.js';
import { openEventStream } from '../support/sse-client.js';
import { startTestServer } from '../support/test-server.js';
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

/** The n-th request the replay server received. */
const request = (n: number) => {
  const received = replay().requests[n];
  if (received === undefined) throw new Error(`no request #${n}`);
  return received;
};

/** An agent on the OpenAI-compatible path (Chat Completions), pointed at a replay server. */
const agentFor = async (responses: ReplayResponse[], env: Record<string, string> = {}) => {
  current = await startReplayServer(responses);
  return createAgentFromEnv({
    LLM_PROVIDER: 'openai-compatible',
    LLM_MODEL: 'llama3.1',
    OPENAI_BASE_URL: `${current.url}/v1`,
    LLM_MAX_RETRIES: '0',
    ...env,
  });
};

describe('openai-compatible provider (Chat Completions wire replay)', () => {
  it('should turn reasoning into thinking, text into tokens, split tool-call arguments into model events, and report usage', async () => {
    const agent = await agentFor([
      { sse: 'chat-completions/select-tool-call.sse' },
      { sse: 'chat-completions/answer-text.sse' },
    ]);
    const result = await collectParts(agent, { message: 'show me the rotator cuff from behind' });

    expect(result.error).toBeUndefined();
    expect(result.thinking).toBe('The student wants the rotator cuff, seen from behind.');
    expect(result.text).toBe(
      'Here is the rotator cuff, seen from behind. Its four tendons hold the head of the humerus in the glenoid.',
    );
    expect(result.events).toEqual([
      {
        type: 'model:selectMuscles',
        payload: {
          muscleIds: ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'],
          side: 'both',
          mode: 'replace',
        },
      },
      {
        type: 'model:setCameraView',
        payload: {
          view: 'posterior',
          focus: {
            muscleIds: ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'],
            side: 'both',
          },
          durationMs: 900,
        },
      },
    ]);
    expect(result.parts.at(-1)).toEqual({
      type: 'usage',
      usage: {
        inputTokens: 6380,
        outputTokens: 100,
        totalTokens: 6480,
        cachedInputTokens: 0,
        model: 'llama3.1',
      },
    });

    // Thinking comes before the first token; each event comes after the text that announces it.
    const order = result.parts.map((p) => p.type);
    expect(order.indexOf('thinking')).toBeLessThan(order.indexOf('token'));
    const firstEvent = order.indexOf('model-event');
    expect(
      result.parts
        .slice(0, firstEvent)
        .filter((p) => p.type === 'token')
        .map((p) => (p as { text: string }).text)
        .join(''),
    ).toBe('Here is the rotator cuff, seen from behind.');

    const [first, second] = replay().requests;
    expect(first?.path).toBe('/v1/chat/completions');
    expect(first?.body).toMatchObject({
      model: 'llama3.1',
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(
      (first?.body.tools as { function: { name: string } }[]).map((t) => t.function.name),
    ).toContain('selectMuscles');
    // The second call carries the tool results back to the model.
    const toolMessages = (second?.body.messages as { role: string; content: string }[]).filter(
      (m) => m.role === 'tool',
    );
    expect(toolMessages.map((m) => m.content)).toEqual([
      expect.stringContaining('Selected (both sides): supraspinatus'),
      expect.stringContaining('Camera: posterior'),
    ]);
  });

  it('should send the static system prompt, the earlier turns, then the scene and the catalog facts with the latest message', async () => {
    const agent = await agentFor([{ sse: 'chat-completions/answer-text.sse' }]);
    await collectParts(agent, {
      message: 'where does it insert?',
      history: [
        { role: 'user', text: 'show me the deltoid' },
        { role: 'assistant', text: 'Here is the deltoid, seen from the side.' },
      ],
      scene: {
        selection: [{ muscleId: 'deltoid', side: 'left' }],
        view: 'left',
        layers: { muscles: true, bones: false, other: true },
        isolated: [],
        xray: false,
      },
    });
    const messages = request(0).body.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages.slice(1, 3).map((m) => m.content)).toEqual([
      'show me the deltoid',
      'Here is the deltoid, seen from the side.',
    ]);
    // What changes per request goes last, with the latest message, after the cached prefix.
    const latest = messages[3]?.content ?? '';
    expect(latest).toContain('Selected: deltoid (Deltoid, left).');
    expect(latest).toContain('bones hidden');
    expect(latest).toContain('insertion: Deltoid tuberosity of the humerus');
    expect(latest.endsWith('where does it insert?')).toBe(true);
    expect(messages[0]?.content).not.toMatch(/deltoid|Selected:/i);
  });

  it('should start two requests about different muscles with a byte-identical system prompt and tools', async () => {
    const agent = await agentFor([
      { sse: 'chat-completions/answer-text.sse' },
      { sse: 'chat-completions/answer-text.sse' },
    ]);
    const history = [
      { role: 'user' as const, text: 'what is the deltoid?' },
      { role: 'assistant' as const, text: 'A shoulder muscle.' },
    ];
    await collectParts(agent, { message: 'show me the biceps', history });
    await collectParts(agent, {
      message: 'and the soleus from behind?',
      history,
      scene: {
        selection: [{ muscleId: 'biceps-brachii', side: 'both' }],
        view: 'anterior',
        layers: { muscles: true, bones: true, other: true },
        isolated: [],
        xray: false,
      },
    });
    const [first, second] = [request(0).body, request(1).body];
    const prefix = (body: Record<string, unknown>) =>
      JSON.stringify({ tools: body.tools, before: (body.messages as unknown[]).slice(0, -1) });
    // Everything before the latest message is the same bytes: a prompt cache reuses all of it.
    expect(prefix(second)).toBe(prefix(first));
    const latest = (body: Record<string, unknown>) =>
      (body.messages as { content: string }[]).at(-1)?.content ?? '';
    expect(latest(first)).toContain('[biceps-brachii]');
    expect(latest(second)).toContain('[soleus]');
    expect(latest(second)).toContain('Selected: biceps-brachii');
  });

  it('should return an unknown muscle id to the model with close matches, and emit only the corrected call', async () => {
    const agent = await agentFor([
      { sse: 'chat-completions/unknown-id-call.sse' },
      { sse: 'chat-completions/corrected-call.sse' },
      { sse: 'chat-completions/corrected-answer.sse' },
    ]);
    const result = await collectParts(agent, { message: 'my left bicep' });

    expect(result.error).toBeUndefined();
    expect(result.events).toEqual([
      {
        type: 'model:selectMuscles',
        payload: { muscleIds: ['biceps-brachii'], side: 'left', mode: 'replace' },
      },
    ]);
    const retry = request(1).body.messages as { role: string; content: string }[];
    const errorResult = retry.find((m) => m.role === 'tool')?.content ?? '';
    expect(errorResult).toContain('"bicep-brachii" is not a catalog muscle id');
    expect(errorResult).toContain('biceps-brachii (Biceps brachii)');
    expect(result.text).toBe('Here is your biceps. That is the left biceps brachii.');
  });

  it('should tell the model a muscle has no mesh instead of highlighting anything', async () => {
    const agent = await agentFor([
      { sse: 'chat-completions/no-mesh-call.sse' },
      { sse: 'chat-completions/no-mesh-answer.sse' },
    ]);
    const result = await collectParts(agent, { message: 'show me the lats' });

    expect(result.events).toEqual([]);
    const messages = request(1).body.messages as { role: string; content: string }[];
    expect(messages.find((m) => m.role === 'tool')?.content).toContain('Not in this 3D model');
    expect(result.text).toContain('not in this 3D model');
  });

  it('should fail with a retryable AGENT_FAILED when the stream breaks mid-answer, after the tokens already sent', async () => {
    const agent = await agentFor([{ sse: 'chat-completions/mid-stream-error.sse' }]);
    const result = await collectParts(agent, { message: 'tell me about the deltoid' });

    expect(result.text).toBe('The deltoid caps ');
    expect(AppError.isInstance(result.error)).toBe(true);
    expect((result.error as AppError).toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: true,
    });
    expect((result.error as AppError).message).toContain('server error');
  });

  it('should retry a 429 after its Retry-After, then fail with a retryable rate-limit error', async () => {
    const rateLimited: ReplayResponse = {
      status: 429,
      json: 'chat-completions/rate-limit.json',
      headers: { 'retry-after-ms': '20', 'x-ratelimit-remaining-requests': '0' },
    };
    const agent = await agentFor([rateLimited, rateLimited], { LLM_MAX_RETRIES: '1' });
    const result = await collectParts(agent, { message: 'show me the biceps' });

    expect(replay().requests).toHaveLength(2);
    expect(result.text).toBe('');
    expect((result.error as AppError).toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: true,
    });
    expect((result.error as AppError).message).toMatch(/rate limiting.*429.*try again/i);
  });

  it('should abort the provider request when cancelled during a tool call, and end without an error', async () => {
    // The stream stops in the middle of the first tool call's arguments and stays open.
    const agent = await agentFor([{ sse: 'chat-completions/select-tool-call.sse', hangAfter: 8 }]);
    const controller = new AbortController();
    const result = collectParts(
      agent,
      { message: 'show me the rotator cuff', signal: controller.signal },
      (part, collected) => {
        if (part.type === 'token' && collected.text.endsWith('behind.'))
          setTimeout(() => controller.abort(), 20);
      },
    );

    const collected = await result;
    await request(0).aborted;
    expect(request(0).wasAborted()).toBe(true);
    expect(collected.error).toBeUndefined();
    expect(collected.events).toEqual([]);
    expect(collected.text).toBe('Here is the rotator cuff, seen from behind.');
  });

  it("should stop a stalled stream with the run's AGENT_TIMEOUT and close the request", async () => {
    const { health: _probe, ...agent } = await agentFor([
      { sse: 'chat-completions/select-tool-call.sse', hangAfter: 4 },
    ]);
    // Without its health probe, the replay server's only request is the answer.
    const server = await startTestServer({ agent, config: { RUN_IDLE_TIMEOUT_MS: '300' } });
    try {
      const user = await createGuest(server.url);
      const started = Date.now();
      const events = await openEventStream(
        `${server.url}/model/token-stream?message=show+me+the+rotator+cuff&user_id=${user.userId}`,
      ).finished;

      expect(events.slice(-2).map((e) => e.event)).toEqual(['error', 'done']);
      expect(events.at(-2)?.data).toEqual({
        code: 'AGENT_TIMEOUT',
        retryable: true,
        message: 'The model sent nothing for 300 ms, so the answer was stopped. Try again.',
      });
      expect(Date.now() - started).toBeLessThan(5000);
      await request(0).aborted;
      expect(request(0).wasAborted()).toBe(true);
    } finally {
      await server.close();
    }
  });
});
