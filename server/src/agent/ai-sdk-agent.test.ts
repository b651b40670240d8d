import {
  APICallError,
  type LanguageModelV3CallOptions,
  type LanguageModelV3StreamPart,
} from '@ai-sdk/provider';
import { MockLanguageModelV3, convertArrayToReadableStream } from 'ai/test';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { SceneState } from '#shared/protocol/scene-state';
import { AppError } from '../errors/app-error.js';
import { createRootLogger } from '../logger.js';
import type { AgentPart } from './agent.js';
import { createAiSdkAgent } from './ai-sdk-agent.js';

const catalog = loadCatalog();
const usage = (input?: number, output?: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});
const finish = (
  reason: 'stop' | 'tool-calls',
  input?: number,
  output?: number,
): LanguageModelV3StreamPart => ({
  type: 'finish',
  finishReason: { unified: reason, raw: undefined },
  usage: usage(input, output),
});
const text = (delta: string, id = 't'): LanguageModelV3StreamPart[] => [
  { type: 'text-start', id },
  { type: 'text-delta', id, delta },
  { type: 'text-end', id },
];

/** A mock model answering each step with the next list of parts; it records its calls. */
const scripted = (...steps: LanguageModelV3StreamPart[][]) => {
  const calls: LanguageModelV3CallOptions[] = [];
  const model = new MockLanguageModelV3({
    doStream: async (options) => {
      calls.push(options);
      return { stream: convertArrayToReadableStream(steps[calls.length - 1] ?? [finish('stop')]) };
    },
  });
  return { model, calls };
};

/** A mock model that sends `first` and then nothing, until its call is aborted. */
const hanging = (first: LanguageModelV3StreamPart[]) => {
  let signal: AbortSignal | undefined;
  const model = new MockLanguageModelV3({
    doStream: async (options) => {
      signal = options.abortSignal;
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          for (const part of first) controller.enqueue(part);
          options.abortSignal?.addEventListener('abort', () =>
            controller.error(options.abortSignal?.reason),
          );
        },
      });
      return { stream };
    },
  });
  return { model, aborted: () => signal?.aborted ?? false };
};

const agentWith = (
  model: MockLanguageModelV3,
  extra: Partial<Parameters<typeof createAiSdkAgent>[0]> = {},
) =>
  createAiSdkAgent({
    provider: 'test',
    model: 'mock',
    languageModel: model,
    catalog,
    maxRetries: 0,
    ...extra,
  });

const runAll = async (
  agent: ReturnType<typeof createAiSdkAgent>,
  message: string,
  options: { signal?: AbortSignal } = {},
) => {
  const parts: AgentPart[] = [];
  let error: unknown;
  try {
    for await (const part of agent.run({
      message,
      history: [],
      scene: null,
      signal: options.signal ?? new AbortController().signal,
    })) {
      parts.push(part);
    }
  } catch (e) {
    error = e;
  }
  return { parts, error };
};

describe('createAiSdkAgent', () => {
  it('should map reasoning, text, tool results and usage to parts, skipping empty reasoning', async () => {
    const { model, calls } = scripted(
      [
        { type: 'reasoning-start', id: 'r' },
        { type: 'reasoning-delta', id: 'r', delta: 'Thinking about the soleus.' },
        { type: 'reasoning-delta', id: 'r', delta: '' },
        { type: 'reasoning-end', id: 'r' },
        ...text('Here is the soleus.'),
        {
          type: 'tool-call',
          toolCallId: 'c1',
          toolName: 'selectMuscles',
          input: '{"muscleIds":["soleus"]}',
        },
        finish('tool-calls', 100, 20),
      ],
      [...text(' It is deep to the gastrocnemius.'), finish('stop', 130, 10)],
    );
    const { parts, error } = await runAll(agentWith(model), 'show me the soleus');

    expect(error).toBeUndefined();
    expect(parts).toEqual([
      { type: 'thinking', text: '' },
      { type: 'thinking', text: 'Thinking about the soleus.' },
      { type: 'token', text: 'Here is the soleus.' },
      {
        type: 'model-event',
        command: {
          type: 'model:selectMuscles',
          payload: { muscleIds: ['soleus'], side: 'both', mode: 'replace' },
        },
      },
      { type: 'token', text: ' It is deep to the gastrocnemius.' },
      {
        type: 'usage',
        usage: { inputTokens: 230, outputTokens: 30, totalTokens: 260, model: 'mock-model-id' },
      },
    ]);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.tools?.map((t) => t.name)).toContain('startTour');
  });

  it('should give the model the history, the message and a system prompt with the scene', async () => {
    const { model, calls } = scripted([...text('ok'), finish('stop')]);
    const agent = agentWith(model);
    for await (const _ of agent.run({
      message: 'and the other side?',
      history: [
        { role: 'user', text: 'show my left deltoid' },
        { role: 'assistant', text: 'Here it is.' },
      ],
      scene: SceneState.parse({ selection: [{ muscleId: 'deltoid', side: 'left' }] }),
      signal: new AbortController().signal,
    })) {
      // drain
    }
    const prompt = calls[0]?.prompt ?? [];
    expect(prompt.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    // The scene goes with the latest message, after the cached system prompt and history.
    expect(prompt[0]?.content).not.toContain('Selected:');
    expect(JSON.stringify(prompt[3]?.content)).toContain('Selected: deltoid (Deltoid, left).');
    expect(JSON.stringify(prompt[3]?.content)).toContain('and the other side?');
  });

  it('should not emit events for a tool call with invalid input; the model sees the error', async () => {
    const { model, calls } = scripted(
      [
        {
          type: 'tool-call',
          toolCallId: 'c1',
          toolName: 'setXray',
          input: '{"enabled":"yes please"}',
        },
        finish('tool-calls'),
      ],
      [...text('Sorry.'), finish('stop')],
    );
    const { parts } = await runAll(agentWith(model), 'x-ray');
    expect(parts.filter((p) => p.type === 'model-event')).toEqual([]);
    const toolMessage = calls[1]?.prompt.find((m) => m.role === 'tool');
    expect(JSON.stringify(toolMessage)).toContain('error-text');
  });

  it('should report unknown usage as null', async () => {
    const { model } = scripted([...text('hi'), finish('stop')]);
    const { parts } = await runAll(agentWith(model), 'hi');
    expect(parts.at(-1)).toEqual({
      type: 'usage',
      usage: { inputTokens: null, outputTokens: null, totalTokens: null, model: 'mock-model-id' },
    });
  });

  it('should throw the mapped error when the stream carries one', async () => {
    const { model } = scripted([
      ...text('The '),
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      finish('stop'),
    ]);
    const { parts, error } = await runAll(agentWith(model, { provider: 'anthropic' }), 'hi');
    expect(parts.map((p) => p.type)).toEqual(['thinking', 'token']);
    expect(AppError.isInstance(error) && error.toBody()).toMatchObject({
      code: 'AGENT_FAILED',
      retryable: true,
    });
  });

  it('should map a stream that breaks mid-answer (thrown, not an error part) like any provider error', async () => {
    const lost = new APICallError({
      message: 'Failed to process successful response',
      url: 'http://127.0.0.1:8011/v1/chat/completions',
      requestBodyValues: { messages: [{ role: 'user', content: 'secret question' }] },
      statusCode: 200,
      cause: new TypeError('terminated', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      }),
    });
    const model = new MockLanguageModelV3({
      doStream: async () => ({
        stream: new ReadableStream<LanguageModelV3StreamPart>({
          start(controller) {
            for (const part of text('The ').slice(0, 2)) controller.enqueue(part);
            // Queued parts are read first; an error raised at once would discard them.
            setTimeout(() => controller.error(lost), 20);
          },
        }),
      }),
    });
    const agent = agentWith(model, {
      provider: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:8011/v1',
    });
    const { parts, error } = await runAll(agent, 'hi');
    expect(parts.map((p) => p.type)).toEqual(['thinking', 'token']);
    expect(AppError.isInstance(error) && error.toBody()).toEqual({
      code: 'AGENT_FAILED',
      retryable: true,
      message:
        'The connection to the model server at 127.0.0.1:8011 was lost while it answered: it stopped, restarted or dropped the request. Check that it is running, then try again.',
    });
  });

  it('should end quietly and abort the model call when the signal fires', async () => {
    const { model, aborted } = hanging(text('Here'));
    const controller = new AbortController();
    const agent = agentWith(model);
    const parts: AgentPart[] = [];
    for await (const part of agent.run({
      message: 'hi',
      history: [],
      scene: null,
      signal: controller.signal,
    })) {
      parts.push(part);
      if (part.type === 'token') controller.abort();
    }
    expect(parts.map((p) => p.type)).toEqual(['thinking', 'token']);
    expect(aborted()).toBe(true);
  });

  it('should abort the model call when the consumer stops reading', async () => {
    const { model, aborted } = hanging(text('Here'));
    const agent = agentWith(model);
    for await (const part of agent.run({
      message: 'hi',
      history: [],
      scene: null,
      signal: new AbortController().signal,
    })) {
      if (part.type === 'token') break;
    }
    expect(aborted()).toBe(true);
  });

  it('should not start when already cancelled', async () => {
    const { model, calls } = scripted([...text('hi'), finish('stop')]);
    const controller = new AbortController();
    controller.abort();
    const { parts } = await runAll(agentWith(model), 'hi', { signal: controller.signal });
    expect(parts).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('should wait for the first token, pulsing while the prompt is read so the run watchdog stays quiet', async () => {
    // The provider reads its prompt for 300 ms before the first part.
    const model = new MockLanguageModelV3({
      doStream: async () => ({
        stream: new ReadableStream<LanguageModelV3StreamPart>({
          start(controller) {
            setTimeout(() => {
              for (const part of [...text('Here it is.'), finish('stop')]) controller.enqueue(part);
              controller.close();
            }, 300);
          },
        }),
      }),
    });
    const agent = agentWith(model, { firstTokenTimeoutMs: 2000, waitingPulseMs: 80 });
    const { parts, error } = await runAll(agent, 'hi');
    expect(error).toBeUndefined();
    expect(parts.filter((p) => p.type === 'token').map((p) => p.text)).toEqual(['Here it is.']);
    // The initial indicator and at least two pulses while waiting (300 ms / 80 ms).
    const before = parts.slice(
      0,
      parts.findIndex((p) => p.type === 'token'),
    );
    expect(before.every((p) => p.type === 'thinking' && p.text === '')).toBe(true);
    expect(before.length).toBeGreaterThanOrEqual(3);
  });

  it('should fail with AGENT_TIMEOUT when the model has not started answering in time', async () => {
    const { model, aborted } = hanging([]);
    const agent = agentWith(model, { firstTokenTimeoutMs: 150 });
    const started = Date.now();
    const { error } = await runAll(agent, 'hi');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(AppError.isInstance(error) && error.toBody()).toEqual({
      code: 'AGENT_TIMEOUT',
      retryable: true,
      message:
        'The model had not started answering after 150 ms (it may still have been reading the question: the model server is slow or busy), so the answer was stopped. Try again.',
    });
    expect(aborted()).toBe(true);
  });

  it('should log the prompt at debug level only with logPrompts, and never the message at info', async () => {
    const logged = async (logPrompts: boolean) => {
      const lines: string[] = [];
      const log = createRootLogger(
        'debug',
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString('utf8'));
            done();
          },
        }),
      );
      const { model } = scripted([...text('ok'), finish('stop', 10, 2)]);
      await runAll(agentWith(model, { log, logPrompts }), 'my private question about the soleus');
      return lines.map((line) => JSON.parse(line) as { level: number; msg: string });
    };
    const quiet = await logged(false);
    expect(JSON.stringify(quiet)).not.toContain('private question');
    expect(quiet.map((line) => line.msg)).toContain('answer generated');
    const verbose = await logged(true);
    const prompt = verbose.find((line) => line.msg === 'prompt');
    expect(prompt?.level).toBe(20);
    expect(JSON.stringify(prompt)).toContain('private question');
  });

  it('should stop after the step limit', async () => {
    const call: LanguageModelV3StreamPart[] = [
      { type: 'tool-call', toolCallId: 'c', toolName: 'clearSelection', input: '{}' },
      finish('tool-calls'),
    ];
    const { model, calls } = scripted(call, call, call, call);
    const { parts } = await runAll(agentWith(model, { maxSteps: 2 }), 'clear');
    expect(calls).toHaveLength(2);
    expect(parts.filter((p) => p.type === 'model-event')).toHaveLength(2);
  });
});
