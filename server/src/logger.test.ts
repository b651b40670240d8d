import { APICallError } from '@ai-sdk/provider';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AgentError } from './agent/agent-error.js';
import { toAgentError } from './agent/to-agent-error.js';
import { createRootLogger } from './logger.js';

const SECRET = 'my private question about my shoulder';

/** A logger writing JSON lines into an array. */
const capture = () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { log: createRootLogger('debug', destination), lines };
};

const providerFailure = () =>
  new APICallError({
    message: 'Bad Request',
    url: 'http://127.0.0.1:8011/v1/chat/completions',
    requestBodyValues: {
      model: 'qwen',
      messages: [
        { role: 'system', content: 'You are the anatomy tutor '.repeat(800) },
        { role: 'user', content: SECRET },
      ],
    },
    statusCode: 400,
    responseBody: `{"error":{"message":"cannot handle: ${SECRET}"}}`,
  });

describe('createRootLogger', () => {
  it('should log a provider failure by its kind, status and address, without the request or response body', () => {
    const { log, lines } = capture();
    const error = toAgentError(providerFailure(), {
      provider: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:8011/v1',
    });
    log.error({ err: error, runId: 'run-1' }, 'agent failed');
    const line = lines.join('');
    expect(line).not.toContain(SECRET);
    expect(line).not.toContain('anatomy tutor');
    expect(line).not.toContain('requestBodyValues');
    expect(line.length).toBeLessThan(1500);
    const logged = JSON.parse(line) as { err: Record<string, unknown> };
    expect(logged.err).toMatchObject({
      type: 'AgentError',
      code: 'AGENT_FAILED',
      reason: 'bad-request',
      statusCode: 400,
      cause: {
        type: 'AI_APICallError',
        statusCode: 400,
        url: 'http://127.0.0.1:8011/v1/chat/completions',
      },
    });
    expect(error).toBeInstanceOf(AgentError);
  });

  it('should drop the query of a logged url (a GET carries the message there)', () => {
    const { log, lines } = capture();
    log.error(
      { url: `/model/token-stream?message=${encodeURIComponent(SECRET)}` },
      'unhandled error',
    );
    expect(JSON.parse(lines.join('')).url).toBe('/model/token-stream?…');
  });

  it('should cut long error messages and keep a stack only for unexpected errors', () => {
    const { log, lines } = capture();
    log.error({ err: new Error(`x${'y'.repeat(5000)}`) }, 'boom');
    const logged = JSON.parse(lines.join('')) as { err: { message: string; stack?: string } };
    expect(logged.err.message.length).toBeLessThan(400);
    expect(logged.err.stack).toMatch(/^Error: x/);
  });
});
