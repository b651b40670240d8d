import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel, streamText } from 'ai';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import { DEFAULT_BASE_URLS, type AgentConfig } from './agent-config.js';
import { createOfflineGuideModel } from './offline-guide/offline-guide-model.js';

type ProviderOptions = NonNullable<Parameters<typeof streamText>[0]['providerOptions']>;

const thinkingBudget = { low: 1024, medium: 4096, high: 16_000 } as const;

/**
 * The AI SDK model for a configuration: OpenAI through its Responses API, any OpenAI-compatible
 * server through Chat Completions (with usage in the stream), Anthropic through Messages, or the
 * offline guide.
 */
export function createLanguageModel(config: AgentConfig, catalog: Catalog): LanguageModel {
  switch (config.provider) {
    case 'offline':
      return createOfflineGuideModel({ catalog, tokenDelayMs: config.OFFLINE_TOKEN_DELAY_MS });
    case 'openai':
      return createOpenAI({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.baseUrl ?? undefined,
      }).responses(config.model);
    case 'openai-compatible':
      return createOpenAICompatible({
        name: 'openai-compatible',
        baseURL: config.baseUrl ?? DEFAULT_BASE_URLS['openai-compatible'],
        ...(config.OPENAI_API_KEY !== undefined ? { apiKey: config.OPENAI_API_KEY } : {}),
        includeUsage: true,
      }).chatModel(config.model);
    case 'anthropic':
      return createAnthropic({
        apiKey: config.ANTHROPIC_API_KEY,
        baseURL: config.baseUrl ?? undefined,
      })(config.model);
  }
}

/** Provider options for the configured reasoning level (none when it is off). */
export function providerOptionsFor(config: AgentConfig): ProviderOptions | undefined {
  const level = config.LLM_REASONING;
  if (level === 'off') return undefined;
  switch (config.provider) {
    case 'openai':
      return { openai: { reasoningEffort: level, reasoningSummary: 'auto' } };
    case 'openai-compatible':
      return { 'openai-compatible': { reasoningEffort: level } };
    case 'anthropic':
      return { anthropic: { thinking: { type: 'enabled', budgetTokens: thinkingBudget[level] } } };
    case 'offline':
      return undefined;
  }
}
