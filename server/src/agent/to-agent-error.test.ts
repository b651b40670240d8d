import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { toAgentError } from './to-agent-error.js';

const apiError = (statusCode: number) =>
  new APICallError({
    message: 'provider said no',
    url: 'http://x/v1',
    requestBodyValues: {},
    statusCode,
    isRetryable: statusCode >= 500 || statusCode === 429,
  });

describe('toAgentError', () => {
  it.each([
    [429, true, /rate limiting requests right now \(HTTP 429\)/],
    [401, false, /refused the server's API key/],
    [403, false, /refused the server's API key/],
    [404, false, /LLM_MODEL/],
    [400, false, /rejected the request/],
    [500, true, /failed \(HTTP 500\)/],
    [529, true, /failed \(HTTP 529\)/],
  ])('should map HTTP %i (retryable %s)', (status, retryable, message) => {
    const error = toAgentError(apiError(status), 'openai');
    expect(error.toBody()).toMatchObject({ code: 'AGENT_FAILED', retryable });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('provider said no');
  });

  it('should unwrap retries to the last error', () => {
    const retry = new RetryError({
      message: 'gave up',
      reason: 'maxRetriesExceeded',
      errors: [apiError(500), apiError(429)],
    });
    expect(toAgentError(retry, 'anthropic').message).toMatch(/^Anthropic is rate limiting/);
  });

  it('should read errors that arrive inside the stream', () => {
    expect(
      toAgentError({ type: 'overloaded_error', message: 'Overloaded' }, 'anthropic').toBody(),
    ).toEqual({
      code: 'AGENT_FAILED',
      retryable: true,
      message: 'Anthropic stopped while answering (overloaded error). Try again.',
    });
    expect(
      toAgentError({ type: 'rate_limit_error', message: 'slow down' }, 'anthropic').retryable,
    ).toBe(true);
    expect(
      toAgentError({ type: 'authentication_error', message: 'invalid x-api-key' }, 'anthropic')
        .retryable,
    ).toBe(false);
    expect(
      toAgentError(
        new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') }),
        'openai-compatible',
      ).message,
    ).toBe('The server could not reach the model server. Try again in a moment.');
  });

  it('should pass an AppError through', () => {
    const error = new AppError('AGENT_TIMEOUT', 'stalled');
    expect(toAgentError(error, 'openai')).toBe(error);
  });
});
