import { setTimeout as delay } from 'node:timers/promises';
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from '@ai-sdk/provider';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import { indexCatalog } from '../../language/catalog-index.js';
import { estimateTokens } from '../history-budget.js';
import { studentTextOf } from '../../quiz/relayed-text.js';
import { readQuizFromSystemPrompt, readSceneFromSystemPrompt } from '../system-prompt.js';
import { planAnswer, type AnswerPlan } from './plan-answer.js';
import { readGuidePrompt } from './read-prompt.js';

export const OFFLINE_PROVIDER = 'offline';
export const OFFLINE_MODEL = 'guide-1';

/** Answers remembered between the steps of a conversation (and concurrent runs). */
const PLAN_CACHE_SIZE = 32;

/** Pause between streamed words by default: a brisk but readable pace. */
export const DEFAULT_OFFLINE_TOKEN_DELAY_MS = 35;

export interface OfflineGuideModelOptions {
  catalog: Catalog;
  /** Pause between streamed words; 0 streams at once. @default 35 */
  tokenDelayMs?: number;
  /** Test seams. */
  _internal?: { sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void> };
}

const sleepFor = (ms: number, signal: AbortSignal | undefined) =>
  delay(ms, undefined, signal ? { signal } : {}).catch(() => undefined);

/**
 * The offline guide as an AI SDK language model: it reads the prompt the way a model does (system
 * prompt with the scene, history, the student's message, tool results), plans an answer from the
 * catalog, and streams it: its reading of the question as reasoning, then text and tool calls,
 * one planned step per call, so the tools validate its calls and turn them into model events.
 */
export function createOfflineGuideModel(options: OfflineGuideModelOptions): LanguageModelV3 {
  const index = indexCatalog(options.catalog);
  const tokenDelayMs = options.tokenDelayMs ?? DEFAULT_OFFLINE_TOKEN_DELAY_MS;
  const sleep = options._internal?.sleep ?? sleepFor;
  const plans = new Map<string, AnswerPlan>();

  const partsFor = (call: LanguageModelV3CallOptions): LanguageModelV3StreamPart[] => {
    const prompt = readGuidePrompt(call.prompt);
    const input = {
      message: prompt.message,
      scene: readSceneFromSystemPrompt(prompt.system),
      history: prompt.history,
      quiz: readQuizFromSystemPrompt(prompt.system),
    };
    // Every step of one answer plans the same answer: plan it once.
    const key = JSON.stringify(input);
    const plan = plans.get(key) ?? planAnswer(index, input);
    plans.delete(key);
    plans.set(key, plan);
    const oldest = plans.keys().next().value;
    if (plans.size > PLAN_CACHE_SIZE && oldest !== undefined) plans.delete(oldest);
    const step = plan.steps[prompt.step] ?? { text: '', calls: [] };
    // The quiz's verdict comes from the server: relayed as it is, and so is a refusal.
    const text = step.relay
      ? [...prompt.toolResults.map(studentTextOf), ...prompt.toolErrors].join('\n\n')
      : prompt.toolErrors.length > 0
        ? `Something went wrong on my side, so part of that did not happen: ${prompt.toolErrors.join(' ')} ${step.text}`
        : step.text;

    const parts: LanguageModelV3StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'response-metadata', id: `guide-${prompt.step}`, modelId: OFFLINE_MODEL },
    ];
    if (prompt.step === 0) {
      parts.push(
        { type: 'reasoning-start', id: 'reasoning' },
        { type: 'reasoning-delta', id: 'reasoning', delta: plan.reasoning },
        { type: 'reasoning-end', id: 'reasoning' },
      );
    }
    if (text !== '') {
      parts.push({ type: 'text-start', id: 'text' });
      for (const word of text.split(/(?<=\s)/))
        parts.push({ type: 'text-delta', id: 'text', delta: word });
      parts.push({ type: 'text-end', id: 'text' });
    }
    for (const [i, planned] of step.calls.entries()) {
      parts.push({
        type: 'tool-call',
        toolCallId: `guide-${prompt.step}-${i}`,
        toolName: planned.toolName,
        input: JSON.stringify(planned.input),
      });
    }
    const output = text + step.calls.map((c) => JSON.stringify(c.input)).join('');
    parts.push({
      type: 'finish',
      finishReason: { unified: step.calls.length > 0 ? 'tool-calls' : 'stop', raw: undefined },
      usage: usage(estimateTokens(JSON.stringify(call.prompt)), estimateTokens(output)),
    });
    return parts;
  };

  return {
    specificationVersion: 'v3',
    provider: OFFLINE_PROVIDER,
    modelId: OFFLINE_MODEL,
    supportedUrls: {},

    async doStream(call) {
      const parts = partsFor(call);
      const signal = call.abortSignal;
      let i = 0;
      let typed = 0;
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        async pull(controller) {
          const part = parts[i++];
          if (part === undefined || signal?.aborted) {
            controller.close();
            return;
          }
          // Words come at a reading pace; everything else at once.
          if (part.type === 'text-delta' && typed++ > 0 && tokenDelayMs > 0) {
            await sleep(tokenDelayMs, signal);
            if (signal?.aborted) {
              controller.close();
              return;
            }
          }
          controller.enqueue(part);
        },
      });
      return { stream };
    },

    async doGenerate(call) {
      const content: LanguageModelV3Content[] = [];
      let finish: Extract<LanguageModelV3StreamPart, { type: 'finish' }> | undefined;
      let text = '';
      for (const part of partsFor(call)) {
        if (part.type === 'text-delta') text += part.delta;
        else if (part.type === 'tool-call') content.push(part);
        else if (part.type === 'finish') finish = part;
      }
      if (text !== '') content.unshift({ type: 'text', text });
      if (finish === undefined) throw new Error('the offline guide planned no finish');
      return { content, finishReason: finish.finishReason, usage: finish.usage, warnings: [] };
    },
  };
}

const usage = (input: number, output: number): LanguageModelV3Usage => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});
