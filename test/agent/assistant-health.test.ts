import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import type { RunningServer } from '../../server/src/create-server.js';
import { startTestServer } from '../support/test-server.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A model server stand-in answering GET /v1/models with `status`; counts the probes. */
const startModelServer = async (status: number) => {
  let probes = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/v1/models') probes += 1;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: [{ id: 'served-model.gguf' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, probes: () => probes };
};

const appOn = async (baseUrl: string, env: Record<string, string> = {}) => {
  const app: RunningServer = await startTestServer({
    agent: createAgentFromEnv({
      LLM_PROVIDER: 'openai-compatible',
      LLM_MODEL: 'configured-name',
      OPENAI_BASE_URL: baseUrl,
      ...env,
    }),
  });
  closers.push(() => app.close());
  return app;
};

const health = async (app: RunningServer) => {
  const res = await fetch(`${app.url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /healthz: the assistant', () => {
  it('should report ok and the model the server says it serves', async () => {
    const model = await startModelServer(200);
    const app = await appOn(model.baseUrl);
    expect(await health(app)).toMatchObject({
      status: 200,
      body: { status: 'ok', assistant: 'ok', assistant_model: 'served-model.gguf' },
    });
  });

  it('should report unreachable, with HTTP 200, when nothing listens at the model server', async () => {
    const model = await startModelServer(200);
    const free = model.baseUrl;
    await closers.pop()?.();
    const app = await appOn(free);
    expect(await health(app)).toMatchObject({
      status: 200,
      body: { status: 'ok', assistant: 'unreachable' },
    });
  });

  it('should report misconfigured when the server refuses the key, and probe again on its interval', async () => {
    const model = await startModelServer(401);
    const app = await appOn(model.baseUrl, { LLM_HEALTH_INTERVAL_MS: '50' });
    expect((await health(app)).body.assistant).toBe('misconfigured');
    const first = model.probes();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(model.probes()).toBeGreaterThan(first);
  });
});
