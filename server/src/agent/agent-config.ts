import { z } from 'zod';

/** Providers the assistant can run on. */
export const ProviderName = z.enum(['offline', 'openai', 'openai-compatible', 'anthropic']);
export type ProviderName = z.infer<typeof ProviderName>;

const count = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(blankToUndefined, z.url().optional());

/** Every environment variable the assistant reads, with its default. */
export const AgentEnv = z.object({
  /** offline | openai | openai-compatible | anthropic. Default: openai with OPENAI_API_KEY, else anthropic with ANTHROPIC_API_KEY, else offline. */
  LLM_PROVIDER: z.preprocess(blankToUndefined, ProviderName.optional()),
  /** Model name. Defaults: openai gpt-4.1-mini, anthropic claude-sonnet-4-5; required for openai-compatible. */
  LLM_MODEL: optionalText,
  OPENAI_API_KEY: optionalText,
  /** OpenAI's API, or any OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio). */
  OPENAI_BASE_URL: optionalUrl,
  ANTHROPIC_API_KEY: optionalText,
  ANTHROPIC_BASE_URL: optionalUrl,
  /** How long the model may take to start answering (a local server reads the whole prompt first). */
  LLM_FIRST_TOKEN_TIMEOUT_MS: count(180_000, 1),
  /** Most model calls per answer (each tool round is one). */
  LLM_MAX_STEPS: count(8, 1),
  /** Retries of a provider call that failed with 429 or 5xx, honouring Retry-After. */
  LLM_MAX_RETRIES: count(2),
  /** Token budget for the thread's earlier turns (estimated); the newest are kept. */
  LLM_HISTORY_TOKENS: count(6000),
  /** Cap on generated tokens per model call; the provider's default when unset. */
  LLM_MAX_OUTPUT_TOKENS: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional()),
  /** Reasoning for models that have it: off | low | medium | high. */
  LLM_REASONING: z.preprocess(
    blankToUndefined,
    z.enum(['off', 'low', 'medium', 'high']).default('off'),
  ),
  /** How often the model server is probed for `/healthz` after the probe at start (0 = only at start). */
  LLM_HEALTH_INTERVAL_MS: count(60_000),
  /** Log each request's prompt (system, history, message) at debug level. Off: prompts are private. */
  LOG_PROMPTS: z.preprocess(
    blankToUndefined,
    z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  ),
  /** Pause between words of the offline guide's answers. */
  OFFLINE_TOKEN_DELAY_MS: count(35),
});
export type AgentEnv = z.infer<typeof AgentEnv>;

/** The assistant's configuration, resolved from the environment. */
export type AgentConfig = Omit<AgentEnv, 'LLM_PROVIDER' | 'LLM_MODEL'> & {
  provider: ProviderName;
  model: string;
  /** Where API calls go (none for the offline guide). */
  baseUrl: string | null;
  /** Why this provider was chosen, for the start-up log. */
  reason: string;
};

export const DEFAULT_MODELS: Record<Exclude<ProviderName, 'openai-compatible'>, string> = {
  offline: 'guide-1',
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-sonnet-4-5',
};

export const DEFAULT_BASE_URLS: Record<Exclude<ProviderName, 'offline'>, string> = {
  openai: 'https://api.openai.com/v1',
  'openai-compatible': 'http://127.0.0.1:11434/v1',
  anthropic: 'https://api.anthropic.com/v1',
};

/**
 * Reads the assistant's configuration. Throws one message naming every bad or missing variable,
 * so a misconfigured server fails at start-up instead of on the first question.
 */
export function readAgentConfig(env: NodeJS.ProcessEnv): AgentConfig {
  const parsed = AgentEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid assistant configuration:\n${lines.join('\n')}`);
  }
  const { LLM_PROVIDER: _provider, LLM_MODEL, ...rest } = parsed.data;
  const [provider, reason] = chooseProvider(parsed.data);
  const problems: string[] = [];
  if (provider === 'openai' && rest.OPENAI_API_KEY === undefined)
    problems.push('OPENAI_API_KEY is required for LLM_PROVIDER=openai');
  if (provider === 'anthropic' && rest.ANTHROPIC_API_KEY === undefined)
    problems.push('ANTHROPIC_API_KEY is required for LLM_PROVIDER=anthropic');
  if (provider === 'openai-compatible' && LLM_MODEL === undefined) {
    problems.push(
      'LLM_MODEL is required for LLM_PROVIDER=openai-compatible (the name the server knows, e.g. llama3.1)',
    );
  }
  if (problems.length > 0)
    throw new Error(`Invalid assistant configuration:\n  ${problems.join('\n  ')}`);

  const model =
    provider === 'offline'
      ? DEFAULT_MODELS.offline
      : (LLM_MODEL ?? DEFAULT_MODELS[provider as 'openai' | 'anthropic']);
  const baseUrl =
    provider === 'offline'
      ? null
      : provider === 'anthropic'
        ? (rest.ANTHROPIC_BASE_URL ?? DEFAULT_BASE_URLS.anthropic)
        : (rest.OPENAI_BASE_URL ?? DEFAULT_BASE_URLS[provider]);
  return { ...rest, provider, model, baseUrl: baseUrl?.replace(/\/+$/, '') ?? null, reason };
}

function chooseProvider(env: AgentEnv): [ProviderName, string] {
  if (env.LLM_PROVIDER !== undefined) return [env.LLM_PROVIDER, 'LLM_PROVIDER'];
  if (env.OPENAI_API_KEY !== undefined) return ['openai', 'OPENAI_API_KEY is set'];
  if (env.ANTHROPIC_API_KEY !== undefined) return ['anthropic', 'ANTHROPIC_API_KEY is set'];
  return ['offline', 'no LLM_PROVIDER or API key is set'];
}
