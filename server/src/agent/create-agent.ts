import type { Catalog } from '#shared/anatomy/catalog-schema';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import type { Agent } from './agent.js';
import { readAgentConfig, type AgentConfig } from './agent-config.js';
import { createAiSdkAgent } from './ai-sdk-agent.js';
import { probeModelServer } from './probe-model-server.js';
import { createLanguageModel, providerOptionsFor } from './providers.js';

/** Builds the agent for a resolved configuration. */
export function createAgent(config: AgentConfig, catalog: Catalog = loadCatalog()): Agent {
  return createAiSdkAgent({
    provider: config.provider,
    model: config.model,
    baseUrl: config.baseUrl,
    offline: config.provider === 'offline',
    languageModel: createLanguageModel(config, catalog),
    catalog,
    maxSteps: config.LLM_MAX_STEPS,
    maxRetries: config.LLM_MAX_RETRIES,
    firstTokenTimeoutMs: config.LLM_FIRST_TOKEN_TIMEOUT_MS,
    historyTokens: config.LLM_HISTORY_TOKENS,
    logPrompts: config.LOG_PROMPTS,
    ...(config.provider !== 'offline'
      ? {
          health: {
            probe: () => probeModelServer(config),
            intervalMs: config.LLM_HEALTH_INTERVAL_MS,
          },
        }
      : {}),
    ...(config.LLM_MAX_OUTPUT_TOKENS !== undefined
      ? { maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS }
      : {}),
    ...(providerOptionsFor(config) !== undefined
      ? { providerOptions: providerOptionsFor(config) }
      : {}),
  });
}

/**
 * The assistant the environment asks for (LLM_PROVIDER, LLM_MODEL, API keys, base URLs); the
 * offline guide when no provider or key is configured.
 *
 * @throws Error naming every bad or missing variable.
 */
export function createAgentFromEnv(env: NodeJS.ProcessEnv): Agent {
  return createAgent(readAgentConfig(env));
}

/** One line for the start-up log: provider, model, endpoint and why; never a key. */
export function describeAgentFromEnv(env: NodeJS.ProcessEnv): string {
  return describeAgentConfig(readAgentConfig(env));
}

export function describeAgentConfig(config: AgentConfig): string {
  if (config.provider === 'offline') {
    return `assistant: offline guide (${config.model}, answers from the catalog, no AI) because ${config.reason}`;
  }
  const api =
    config.provider === 'openai'
      ? 'Responses API'
      : config.provider === 'anthropic'
        ? 'Messages API'
        : 'Chat Completions';
  const reasoning = config.LLM_REASONING === 'off' ? '' : `, reasoning ${config.LLM_REASONING}`;
  return `assistant: ${config.provider} model ${config.model} at ${config.baseUrl} (${api}${reasoning}) because ${config.reason}`;
}
