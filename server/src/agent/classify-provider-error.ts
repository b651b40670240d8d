import { APICallError } from '@ai-sdk/provider';

/** What went wrong with a provider call, whatever the provider or the error's shape. */
export type ProviderFailureKind =
  | 'context-too-small'
  | 'rate-limited'
  | 'auth'
  | 'unknown-model'
  | 'refused'
  | 'not-found-host'
  | 'connection-lost'
  | 'timeout'
  | 'bad-request'
  | 'server-error'
  | 'overloaded'
  | 'unknown';

export interface ProviderFailure {
  kind: ProviderFailureKind;
  /** The HTTP status the provider answered with (not 200 for a stream cut short). */
  statusCode: number | null;
  /** The model server's context size, when its error says. */
  contextTokens: number | null;
  /** The prompt's size, when the error says. */
  promptTokens: number | null;
  /** A short, safe label (a provider type or code), never the provider's text. */
  label: string;
}

const connectionCodes: Record<string, ProviderFailureKind> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'not-found-host',
  EAI_AGAIN: 'not-found-host',
  ECONNRESET: 'connection-lost',
  EPIPE: 'connection-lost',
  UND_ERR_SOCKET: 'connection-lost',
  UND_ERR_CLOSED: 'connection-lost',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** The error and its causes, outermost first (bounded: causes can loop). */
const chainOf = (error: unknown): unknown[] => {
  const chain: unknown[] = [];
  let current = error;
  while (current !== undefined && current !== null && chain.length < 6) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
};

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * What the provider said about itself: messages, types and codes of the error and its causes,
 * and the response body. Never the request body: it holds the student's words, which must not
 * be mistaken for the provider's ("rate limit" in a question is not a rate limit).
 */
const selfDescription = (chain: unknown[]): string =>
  chain
    .flatMap((link) => [
      link instanceof Error ? link.message : field(link, 'message'),
      field(link, 'type'),
      field(link, 'code'),
      APICallError.isInstance(link) ? link.responseBody : undefined,
      field(field(link, 'error'), 'type'),
      field(field(link, 'error'), 'message'),
      typeof link === 'string' ? link : undefined,
    ])
    .filter((part): part is string => typeof part === 'string')
    .join(' ')
    .toLowerCase();

const firstNumber = (text: string, patterns: RegExp[]): number | null => {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return null;
};

const contextPatterns = [
  /"n_ctx"\s*:\s*(\d+)/, // llama.cpp
  /context size \((\d+) tokens\)/, // llama.cpp's message
  /maximum context length is (\d+)/, // OpenAI, vLLM
  /context length of (?:only )?(\d+)/, // LM Studio
  /tokens? > (\d+) maximum/, // Anthropic
];
const promptPatterns = [
  /"n_prompt_tokens"\s*:\s*(\d+)/,
  /request \((\d+) tokens\)/,
  /resulted in (\d+) tokens/,
  /prompt is too long: (\d+) tokens/,
];

const isContextError = (text: string) =>
  /exceed_context_size|context_length_exceeded|maximum context length|exceeds the available context|context (?:size|length|window)[^.]{0,40}(?:exceed|too small|greater)|prompt is too long|greater than the context length/.test(
    text,
  );

const labelOf = (chain: unknown[]): string => {
  for (const link of chain) {
    for (const key of ['type', 'code'] as const) {
      const value = field(link, key);
      if (typeof value === 'string' && value !== 'error' && /^[a-z0-9_.-]{1,40}$/i.test(value))
        return value.replace(/_/g, ' ').toLowerCase();
    }
  }
  return 'provider error';
};

/**
 * Sorts a provider error into the kinds the server explains differently: connection refused,
 * lost or timed out (from the error's cause codes), and the provider's HTTP status and body
 * (context too small, rate limit, credentials, unknown model, overload, other 4xx/5xx).
 */
export function classifyProviderError(error: unknown): ProviderFailure {
  const chain = chainOf(error);
  const text = selfDescription(chain);
  const api = chain.find((link) => APICallError.isInstance(link));
  // A stream cut short fails after its 200: that status says nothing about the failure.
  const status = api?.statusCode !== undefined && api.statusCode !== 200 ? api.statusCode : null;
  const result = (kind: ProviderFailureKind): ProviderFailure => ({
    kind,
    statusCode: status,
    contextTokens: kind === 'context-too-small' ? firstNumber(text, contextPatterns) : null,
    promptTokens: kind === 'context-too-small' ? firstNumber(text, promptPatterns) : null,
    label: labelOf(chain),
  });

  for (const link of chain) {
    const code = field(link, 'code');
    const kind = typeof code === 'string' ? connectionCodes[code] : undefined;
    if (kind !== undefined) return result(kind);
    if (link instanceof Error && link.name === 'TimeoutError') return result('timeout');
  }
  if (isContextError(text)) return result('context-too-small');
  if (status === 429 || /rate.?limit|too many requests/.test(text)) return result('rate-limited');
  if (
    status === 401 ||
    status === 403 ||
    /authenticat|api.?key|permission|unauthori[sz]ed|forbidden/.test(text)
  )
    return result('auth');
  if (
    status === 404 ||
    /model_not_found|model .{0,80}(?:not found|does not exist)|unknown model/.test(text)
  )
    return result('unknown-model');
  if (status === 408 || status === 504) return result('timeout');
  if (status === 529 || /overloaded/.test(text)) return result('overloaded');
  if (status !== null && status >= 400 && status < 500 && status !== 409)
    return result('bad-request');
  if (status !== null && status >= 500) return result('server-error');
  if (/terminated|other side closed|socket hang up|connection (?:reset|closed|lost)/.test(text))
    return result('connection-lost');
  if (/econnrefused|cannot connect to api|fetch failed/.test(text)) return result('refused');
  return result('unknown');
}
