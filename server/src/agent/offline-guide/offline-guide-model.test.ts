import { describe, expect, it } from 'vitest';
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { createOfflineGuideModel } from './offline-guide-model.js';

const catalog = loadCatalog();
const userPrompt = (text: string) => [
  { role: 'user' as const, content: [{ type: 'text' as const, text }] },
];

const read = async (stream: ReadableStream<LanguageModelV3StreamPart>) => {
  const parts: LanguageModelV3StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
};

describe('createOfflineGuideModel', () => {
  it('should stream its reading as reasoning, then words, then the tool calls, in the first step', async () => {
    const model = createOfflineGuideModel({ catalog, tokenDelayMs: 0 });
    expect(model).toMatchObject({
      specificationVersion: 'v3',
      provider: 'offline',
      modelId: 'guide-1',
    });
    const { stream } = await model.doStream({ prompt: userPrompt('show me the biceps') });
    const parts = await read(stream);
    const types = parts.map((p) => p.type);
    expect(types.indexOf('reasoning-delta')).toBeLessThan(types.indexOf('text-delta'));
    expect(types.lastIndexOf('text-delta')).toBeLessThan(types.indexOf('tool-call'));
    const calls = parts.filter((p) => p.type === 'tool-call');
    expect(calls.map((c) => [c.toolName, JSON.parse(c.input)])).toEqual([
      ['selectMuscles', { muscleIds: ['biceps-brachii'], side: 'both', mode: 'replace' }],
      ['setCameraView', { view: 'anterior', muscleIds: ['biceps-brachii'], side: 'both' }],
    ]);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'tool-calls' } });
    const words = parts.filter((p) => p.type === 'text-delta').map((p) => p.delta);
    expect(words.length).toBeGreaterThan(5);
    expect(words.join('')).toBe('Here is the biceps brachii, seen from the front.');
  });

  it('should pause between words at the configured pace', async () => {
    const pauses: number[] = [];
    const model = createOfflineGuideModel({
      catalog,
      tokenDelayMs: 40,
      _internal: { sleep: async (ms) => void pauses.push(ms) },
    });
    const parts = await read((await model.doStream({ prompt: userPrompt('hello') })).stream);
    const words = parts.filter((p) => p.type === 'text-delta').length;
    expect(pauses).toHaveLength(words - 1);
    expect(new Set(pauses)).toEqual(new Set([40]));
  });

  it('should stop streaming when the call is aborted', async () => {
    const controller = new AbortController();
    const model = createOfflineGuideModel({
      catalog,
      tokenDelayMs: 5,
      _internal: {
        sleep: async () => {
          controller.abort();
        },
      },
    });
    const parts = await read(
      (await model.doStream({ prompt: userPrompt('hello'), abortSignal: controller.signal }))
        .stream,
    );
    expect(parts.filter((p) => p.type === 'text-delta')).toHaveLength(1);
    expect(parts.some((p) => p.type === 'finish')).toBe(false);
  });

  it('should write the rest of the answer once the tool results are back', async () => {
    const model = createOfflineGuideModel({ catalog, tokenDelayMs: 0 });
    const { stream } = await model.doStream({
      prompt: [
        ...userPrompt('show me the biceps'),
        {
          role: 'assistant',
          content: [{ type: 'text', text: 'Here is the biceps brachii, seen from the front.' }],
        },
        { role: 'tool', content: [] },
      ],
    });
    const parts = await read(stream);
    expect(parts.some((p) => p.type === 'reasoning-delta' || p.type === 'tool-call')).toBe(false);
    expect(
      parts
        .filter((p) => p.type === 'text-delta')
        .map((p) => p.delta)
        .join(''),
    ).toContain('two-headed muscle');
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'stop' } });
  });

  it('should answer without streaming too', async () => {
    const model = createOfflineGuideModel({ catalog });
    const result = await model.doGenerate({ prompt: userPrompt('what lets me shrug?') });
    expect(result.content[0]).toMatchObject({ type: 'text' });
    expect(result.content.filter((c) => c.type === 'tool-call').map((c) => c.toolName)).toEqual([
      'selectMuscles',
      'setCameraView',
    ]);
    expect(result.usage.outputTokens.total).toBeGreaterThan(0);
  });
});
