import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { AppError } from '../errors/app-error.js';
import { AgentError } from './agent-error.js';

const serviceNames: Record<string, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  'openai-compatible': 'the model server',
  offline: 'the offline guide',
};

/** What a provider error says about itself, whatever its shape. */
const describe = (error: unknown): string => {
  if (error instanceof Error)
    return `${error.name} ${error.message} ${describe(error.cause ?? '')}`;
  if (typeof error === 'object' && error !== null) {
    const { type, code, message, status } = error as Record<string, unknown>;
    return [type, code, message, status].filter((v) => v !== undefined && v !== null).join(' ');
  }
  return String(error);
};

/**
 * Maps anything a provider call throws or streams into the server's error: rate limits and
 * provider outages are retryable `AGENT_FAILED`, credentials and bad requests are not.
 */
export function toAgentError(error: unknown, provider: string): AppError {
  if (AppError.isInstance(error)) return error;
  if (RetryError.isInstance(error)) return toAgentError(error.lastError, provider);
  const who = serviceNames[provider] ?? `the ${provider} provider`;
  const Who = who.charAt(0).toUpperCase() + who.slice(1);

  if (APICallError.isInstance(error) && error.statusCode !== undefined) {
    const status = error.statusCode;
    const options = { statusCode: status, cause: error };
    if (status === 429) {
      return new AgentError(
        'AGENT_FAILED',
        `${Who} is rate limiting requests right now (HTTP 429). Wait a moment and try again.`,
        { ...options, retryable: true },
      );
    }
    if (status === 401 || status === 403) {
      return new AgentError(
        'AGENT_FAILED',
        `${Who} refused the server's API key (HTTP ${status}): it is missing, wrong or not allowed this model. The server's configuration needs fixing.`,
        { ...options, retryable: false },
      );
    }
    if (status === 404) {
      return new AgentError(
        'AGENT_FAILED',
        `${Who} does not know the configured model (HTTP 404): the server's LLM_MODEL needs fixing.`,
        { ...options, retryable: false },
      );
    }
    if (status >= 400 && status < 500 && status !== 408 && status !== 409) {
      return new AgentError(
        'AGENT_FAILED',
        `${Who} rejected the request (HTTP ${status}). Try a shorter question or a new thread.`,
        { ...options, retryable: false },
      );
    }
    return new AgentError(
      'AGENT_FAILED',
      `${Who} failed (HTTP ${status}). Try again in a moment.`,
      { ...options, retryable: true },
    );
  }

  const text = describe(error).toLowerCase();
  if (/rate.?limit|too many requests|\b429\b/.test(text)) {
    return new AgentError(
      'AGENT_FAILED',
      `${Who} is rate limiting requests right now. Wait a moment and try again.`,
      { retryable: true, cause: error },
    );
  }
  if (/authenticat|api.?key|permission|unauthori[sz]ed|forbidden/.test(text)) {
    return new AgentError(
      'AGENT_FAILED',
      `${Who} refused the server's API key. The server's configuration needs fixing.`,
      { retryable: false, cause: error },
    );
  }
  if (/econnrefused|enotfound|econnreset|fetch failed|network|socket/.test(text)) {
    return new AgentError(
      'AGENT_FAILED',
      `The server could not reach ${who}. Try again in a moment.`,
      { retryable: true, cause: error },
    );
  }
  return new AgentError(
    'AGENT_FAILED',
    `${Who} stopped while answering (${errorKind(error)}). Try again.`,
    { retryable: true, cause: error },
  );
}

/** A short, safe label for an error: its provider type or code, never its full text. */
const errorKind = (error: unknown): string => {
  if (typeof error === 'object' && error !== null) {
    const { type, code } = error as Record<string, unknown>;
    const kind =
      typeof type === 'string' && type !== 'error'
        ? type
        : typeof code === 'string'
          ? code
          : undefined;
    if (kind !== undefined && /^[a-z0-9_.-]{1,40}$/i.test(kind)) return kind.replace(/_/g, ' ');
  }
  return 'provider error';
};
