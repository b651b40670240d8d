import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import type { AgentError } from './agent-error.js';
import { toAgentError } from './to-agent-error.js';

const apiError = (statusCode: number | undefined, responseBody?: string, cause?: unknown) =>
  new APICallError({
    message: statusCode === undefined ? 'Cannot connect to API' : 'provider said no',
    url: 'http://127.0.0.1:8011/v1/chat/completions',
    // What the student asked must never be read as the provider's own words.
    requestBodyValues: { messages: [{ role: 'user', content: 'rate limit of the api key?' }] },
    statusCode,
    responseBody,
    cause,
    isRetryable: statusCode === undefined || statusCode >= 500 || statusCode === 429,
  });

const local = {
  provider: 'openai-compatible',
  model: 'qwen2.5',
  baseUrl: 'http://127.0.0.1:8011/v1',
};
const socketError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('toAgentError', () => {
  it.each([
    [429, true, /rate limiting requests right now \(HTTP 429\)/],
    [401, false, /refused the server's API key \(HTTP 401\).*OPENAI_API_KEY/],
    [403, false, /refused the server's API key/],
    [404, false, /does not know the model "gpt-x" \(HTTP 404\): set LLM_MODEL/],
    [400, false, /rejected the request \(HTTP 400\)/],
    [500, true, /failed \(HTTP 500\)/],
    [503, true, /failed \(HTTP 503\)/],
    [529, true, /overloaded right now \(HTTP 529\)/],
  ])('should map HTTP %i (retryable %s)', (status, retryable, message) => {
    const error = toAgentError(apiError(status), { provider: 'openai', model: 'gpt-x' });
    expect(error.toBody()).toMatchObject({ code: 'AGENT_FAILED', retryable });
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^OpenAI /);
    expect(error.message).not.toContain('provider said no');
  });

  it('should not read the request body (the student may ask about rate limits)', () => {
    expect((toAgentError(apiError(400), local) as AgentError).reason).toBe('bad-request');
  });

  it('should unwrap retries to the last error', () => {
    const retry = new RetryError({
      message: 'gave up',
      reason: 'maxRetriesExceeded',
      errors: [apiError(500), apiError(429)],
    });
    expect(toAgentError(retry, 'anthropic').message).toMatch(/^Anthropic is rate limiting/);
  });

  it('should say the local context is too small, with its size and a size that fits', () => {
    const body = JSON.stringify({
      error: {
        code: 400,
        message:
          'request (6139 tokens) exceeds the available context size (4096 tokens), try increasing it',
        type: 'exceed_context_size_error',
        n_prompt_tokens: 6139,
        n_ctx: 4096,
      },
    });
    const error = toAgentError(apiError(400, body), local);
    expect(error.toBody()).toEqual({
      code: 'AGENT_FAILED',
      retryable: false,
      message:
        "The model server's context (4096 tokens) is too small for this assistant; start it with a larger context (e.g. `-c 8192`).",
    });
    const big = body.replaceAll('6139', '9000');
    expect(toAgentError(apiError(400, big), local).message).toContain('`-c 16384`');
  });

  it('should read context errors of hosted providers and vLLM too', () => {
    const vllm = toAgentError(
      apiError(
        400,
        "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens",
      ),
      local,
    );
    expect(vllm.message).toContain('context (8192 tokens) is too small');
    const anthropic = toAgentError(
      apiError(
        400,
        '{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}}',
      ),
      { provider: 'anthropic', model: 'claude-x' },
    );
    expect(anthropic.message).toMatch(
      /context of claude-x at Anthropic \(200000 tokens\) is too small/,
    );
  });

  it('should say nothing listens at the model server, naming its address', () => {
    const error = toAgentError(
      apiError(
        undefined,
        undefined,
        socketError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8011'),
      ),
      local,
    );
    expect(error.toBody()).toEqual({
      code: 'AGENT_FAILED',
      retryable: true,
      message:
        'Could not connect to the model server at 127.0.0.1:8011: nothing is listening there. Start the model server (or fix OPENAI_BASE_URL), then try again.',
    });
  });

  it('should say the connection was lost when the stream breaks after its 200', () => {
    const terminated = new TypeError('terminated', {
      cause: socketError('UND_ERR_SOCKET', 'other side closed'),
    });
    const error = toAgentError(apiError(200, undefined, terminated), local);
    expect(error.message).toBe(
      'The connection to the model server at 127.0.0.1:8011 was lost while it answered: it stopped, restarted or dropped the request. Check that it is running, then try again.',
    );
    expect(error.retryable).toBe(true);
    expect((error as AgentError).statusCode).toBeUndefined();
  });

  it('should map timeouts to AGENT_TIMEOUT and unknown hosts to a configuration fix', () => {
    const timeout = toAgentError(
      new TypeError('fetch failed', {
        cause: socketError('UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error'),
      }),
      local,
    );
    expect(timeout.code).toBe('AGENT_TIMEOUT');
    expect(toAgentError(apiError(504), local).code).toBe('AGENT_TIMEOUT');
    const dns = toAgentError(
      new TypeError('fetch failed', {
        cause: socketError('ENOTFOUND', 'getaddrinfo ENOTFOUND llm'),
      }),
      local,
    );
    expect(dns.message).toMatch(/could not be found: check OPENAI_BASE_URL/);
    expect(dns.retryable).toBe(false);
  });

  it('should name an unknown model from its error text (Ollama answers 404 with "not found")', () => {
    const error = toAgentError(
      apiError(404, '{"error":"model \\"qwen2.5\\" not found, try pulling it first"}'),
      local,
    );
    expect(error.message).toMatch(
      /does not know the model "qwen2.5" \(HTTP 404\): set LLM_MODEL to a model it serves \(its \/v1\/models lists them\)/,
    );
  });

  it('should read errors that arrive inside the stream', () => {
    expect(
      toAgentError({ type: 'overloaded_error', message: 'Overloaded' }, 'anthropic').toBody(),
    ).toEqual({
      code: 'AGENT_FAILED',
      retryable: true,
      message: 'Anthropic is overloaded right now. Try again in a moment.',
    });
    expect(
      toAgentError({ type: 'rate_limit_error', message: 'slow down' }, 'anthropic').retryable,
    ).toBe(true);
    expect(
      toAgentError({ type: 'authentication_error', message: 'invalid x-api-key' }, 'anthropic')
        .retryable,
    ).toBe(false);
    expect(
      toAgentError({ type: 'weird_error', message: 'secret words' }, 'anthropic').message,
    ).toBe('Anthropic stopped while answering (weird error). Try again.');
  });

  it('should pass an AppError through', () => {
    const error = new AppError('AGENT_TIMEOUT', 'stalled');
    expect(toAgentError(error, 'openai')).toBe(error);
  });
});
