import type { AgentConfig } from './agent-config.js';
import { classifyProviderError } from './classify-provider-error.js';

/** What `/healthz` says about the assistant. */
export type AssistantState = 'ok' | 'unreachable' | 'misconfigured';

export interface ModelProbe {
  state: AssistantState;
  /** The model the server says it serves (the configured one when listed), when it says. */
  model: string | null;
  /** One line for the log: what was found and, when not ok, what to do. Never a key. */
  detail: string;
  latencyMs: number | null;
}

const ModelList = {
  ids(body: unknown): string[] {
    const data = (body as { data?: unknown } | null)?.data;
    if (!Array.isArray(data)) return [];
    return data
      .map((entry) => (entry as { id?: unknown }).id)
      .filter((id): id is string => typeof id === 'string');
  },
};

/**
 * Asks the configured provider which models it serves (`GET {base}/models`, as OpenAI, Anthropic,
 * llama.cpp, Ollama, vLLM and LM Studio all answer): nothing listening or a server error is
 * `unreachable`, a refused key or a wrong address is `misconfigured`. The offline guide is always ok.
 */
export async function probeModelServer(
  config: AgentConfig,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<ModelProbe> {
  if (config.provider === 'offline' || config.baseUrl === null) {
    return { state: 'ok', model: config.model, detail: 'offline guide', latencyMs: null };
  }
  const headers: Record<string, string> =
    config.provider === 'anthropic'
      ? { 'x-api-key': config.ANTHROPIC_API_KEY ?? '', 'anthropic-version': '2023-06-01' }
      : config.OPENAI_API_KEY !== undefined
        ? { authorization: `Bearer ${config.OPENAI_API_KEY}` }
        : {};
  const url = `${config.baseUrl}/models`;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch (error) {
    const kind = classifyProviderError(error).kind;
    return {
      state: kind === 'not-found-host' ? 'misconfigured' : 'unreachable',
      model: null,
      detail:
        kind === 'not-found-host'
          ? `${config.baseUrl}: host not found; check the base URL`
          : `${config.baseUrl}: ${kind === 'timeout' ? 'no answer in time' : 'nothing is listening'}`,
      latencyMs: null,
    };
  }
  const status = response.status;
  if (status === 401 || status === 403) {
    return {
      state: 'misconfigured',
      model: null,
      detail: `GET ${url} answered HTTP ${status}: the API key is missing or refused`,
      latencyMs: elapsed(),
    };
  }
  if (status === 404) {
    return {
      state: 'misconfigured',
      model: null,
      detail: `GET ${url} answered HTTP 404: check the base URL (it usually ends in /v1)`,
      latencyMs: elapsed(),
    };
  }
  if (!response.ok) {
    return {
      state: 'unreachable',
      model: null,
      detail: `GET ${url} answered HTTP ${status}`,
      latencyMs: elapsed(),
    };
  }
  const ids = ModelList.ids(await response.json().catch(() => null));
  const model = ids.includes(config.model)
    ? config.model
    : ids.length === 1
      ? (ids[0] ?? null)
      : null;
  return {
    state: 'ok',
    model,
    detail:
      ids.length === 0 || ids.includes(config.model)
        ? `serves ${config.model}`
        : `serves ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? '…' : ''}, not the configured ${config.model} (llama.cpp answers with its one model whatever the name; others refuse)`,
    latencyMs: elapsed(),
  };
}
