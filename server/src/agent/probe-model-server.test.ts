import { describe, expect, it } from 'vitest';
import { readAgentConfig } from './agent-config.js';
import { probeModelServer } from './probe-model-server.js';

const local = readAgentConfig({
  LLM_PROVIDER: 'openai-compatible',
  LLM_MODEL: 'qwen2.5:7b',
  OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
});

/** A fetch that answers every request with `status` and `body`, recording what it was asked. */
const answering = (status: number, body: unknown = {}) => {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fake = (async (url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return { fake, calls };
};

const refusing = (async () => {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
}) as typeof fetch;

describe('probeModelServer', () => {
  it('should ask GET {base}/models and report the configured model when the server lists it', async () => {
    const { fake, calls } = answering(200, { data: [{ id: 'llama3.1' }, { id: 'qwen2.5:7b' }] });
    const probe = await probeModelServer(local, { fetch: fake });
    expect(probe).toMatchObject({ state: 'ok', model: 'qwen2.5:7b' });
    expect(calls.map((c) => c.url)).toEqual(['http://127.0.0.1:11434/v1/models']);
  });

  it('should record the one model a server serves under another name (llama.cpp)', async () => {
    const { fake } = answering(200, { data: [{ id: 'synth.gguf' }] });
    const probe = await probeModelServer(local, { fetch: fake });
    expect(probe).toMatchObject({ state: 'ok', model: 'synth.gguf' });
    expect(probe.detail).toMatch(/not the configured qwen2.5:7b/);
  });

  it('should call a server that cannot be reached unreachable, and a refused key or a wrong path misconfigured', async () => {
    expect((await probeModelServer(local, { fetch: refusing })).state).toBe('unreachable');
    expect((await probeModelServer(local, { fetch: answering(503).fake })).state).toBe(
      'unreachable',
    );
    expect((await probeModelServer(local, { fetch: answering(401).fake })).state).toBe(
      'misconfigured',
    );
    const wrongPath = await probeModelServer(local, { fetch: answering(404).fake });
    expect(wrongPath.state).toBe('misconfigured');
    expect(wrongPath.detail).toMatch(/ends in \/v1/);
  });

  it('should send the key as each provider expects, and never probe for the offline guide', async () => {
    const anthropic = readAgentConfig({ ANTHROPIC_API_KEY: 'sk-ant-1' });
    const { fake, calls } = answering(200, { data: [{ id: 'claude-sonnet-4-5' }] });
    await probeModelServer(anthropic, { fetch: fake });
    expect(calls[0]?.url).toBe('https://api.anthropic.com/v1/models');
    expect(calls[0]?.headers['x-api-key']).toBe('sk-ant-1');
    const openai = readAgentConfig({ OPENAI_API_KEY: 'sk-1' });
    const second = answering(200, { data: [] });
    await probeModelServer(openai, { fetch: second.fake });
    expect(second.calls[0]?.headers.authorization).toBe('Bearer sk-1');
    const offline = answering(200);
    expect((await probeModelServer(readAgentConfig({}), { fetch: offline.fake })).state).toBe('ok');
    expect(offline.calls).toEqual([]);
  });
});
