import { RetryError } from 'ai';
import { AppError } from '../errors/app-error.js';
import { AgentError } from './agent-error.js';
import { classifyProviderError } from './classify-provider-error.js';

/** Which model server an error came from, to name it and say what to fix. */
export interface ProviderTarget {
  /** `openai`, `anthropic`, `openai-compatible`, `offline`. */
  provider: string;
  /** The configured model name. */
  model?: string;
  /** Where API calls go, e.g. `http://127.0.0.1:8011/v1`. */
  baseUrl?: string | null;
}

const hostedNames: Record<string, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  offline: 'the offline guide',
};

const baseUrlVariable = (provider: string) =>
  provider === 'anthropic' ? 'ANTHROPIC_BASE_URL' : 'OPENAI_BASE_URL';
const apiKeyVariable = (provider: string) =>
  provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY';

const hostOf = (baseUrl: string | null | undefined): string | null => {
  if (!baseUrl) return null;
  try {
    return new URL(baseUrl).host;
  } catch {
    return null;
  }
};

/** The smallest usual context size (a power of two) that fits the prompt with room to answer. */
const suggestedContext = (contextTokens: number | null, promptTokens: number | null): number => {
  const needed = Math.max((contextTokens ?? 4096) * 2, (promptTokens ?? 0) + 1024, 8192);
  return 2 ** Math.ceil(Math.log2(needed));
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The one place where anything a provider call throws or streams becomes the server's error:
 * a code (`AGENT_FAILED`, or `AGENT_TIMEOUT` when the provider did not answer in time), a
 * retry verdict, and a message that names the model server and says what to do. The provider's
 * own text is matched but never repeated: it may echo the student's question.
 */
export function toAgentError(error: unknown, target: ProviderTarget | string): AppError {
  if (AppError.isInstance(error)) return error;
  if (RetryError.isInstance(error)) return toAgentError(error.lastError, target);
  const { provider, model, baseUrl } =
    typeof target === 'string' ? { provider: target, model: undefined, baseUrl: null } : target;
  const host = hostOf(baseUrl);
  const local = provider === 'openai-compatible';
  const who = local
    ? `the model server${host ? ` at ${host}` : ''}`
    : (hostedNames[provider] ?? `the ${provider} provider`);
  const Who = capitalized(who);
  const failure = classifyProviderError(error);
  const status = failure.statusCode !== null ? ` (HTTP ${failure.statusCode})` : '';
  const fail = (
    message: string,
    retryable: boolean,
    code: 'AGENT_FAILED' | 'AGENT_TIMEOUT' = 'AGENT_FAILED',
  ) =>
    new AgentError(code, message, {
      retryable,
      reason: failure.kind,
      cause: error,
      ...(failure.statusCode !== null ? { statusCode: failure.statusCode } : {}),
    });

  switch (failure.kind) {
    case 'context-too-small': {
      const size = failure.contextTokens !== null ? ` (${failure.contextTokens} tokens)` : '';
      if (local) {
        const suggested = suggestedContext(failure.contextTokens, failure.promptTokens);
        return fail(
          `The model server's context${size} is too small for this assistant; start it with a larger context (e.g. \`-c ${suggested}\`).`,
          false,
        );
      }
      return fail(
        `The context of ${model ?? 'the configured model'} at ${Who}${size} is too small for this question and its thread; start a new thread, or configure a model with a larger context (LLM_MODEL).`,
        false,
      );
    }
    case 'rate-limited':
      return fail(
        `${Who} is rate limiting requests right now${status}. Wait a moment and try again.`,
        true,
      );
    case 'auth':
      return fail(
        `${Who} refused the server's API key${status}: it is missing, wrong or not allowed this model. The server's ${apiKeyVariable(provider)} needs fixing.`,
        false,
      );
    case 'unknown-model':
      return fail(
        `${Who} does not know the model ${model !== undefined ? `"${model}"` : 'configured'}${status}: set LLM_MODEL to a model it serves${local ? ' (its /v1/models lists them)' : ''}.`,
        false,
      );
    case 'refused':
      return fail(
        local
          ? `Could not connect to ${who}: nothing is listening there. Start the model server (or fix ${baseUrlVariable(provider)}), then try again.`
          : `Could not connect to ${who}${host ? ` at ${host}` : ''}. Check the server's network and ${baseUrlVariable(provider)}, then try again.`,
        true,
      );
    case 'not-found-host':
      return fail(
        `The address of ${who} could not be found${host && !local ? ` (${host})` : ''}: check ${baseUrlVariable(provider)}.`,
        false,
      );
    case 'connection-lost':
      return fail(
        `The connection to ${who} was lost while it answered: it stopped, restarted or dropped the request. Check that it is running, then try again.`,
        true,
      );
    case 'timeout':
      return fail(
        `${Who} did not answer in time${status}. Try again; if it keeps happening, it may be overloaded.`,
        true,
        'AGENT_TIMEOUT',
      );
    case 'bad-request':
      return fail(
        `${Who} rejected the request${status}. Try again; if it keeps happening, its log says why.`,
        false,
      );
    case 'server-error':
      return fail(
        `${Who} failed${status}. Try again in a moment; if it keeps failing, its log says why.`,
        true,
      );
    case 'overloaded':
      return fail(`${Who} is overloaded right now${status}. Try again in a moment.`, true);
    case 'unknown':
      return fail(`${Who} stopped while answering (${failure.label}). Try again.`, true);
  }
}
