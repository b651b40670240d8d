import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompleteEvent, ErrorBody, MetadataEvent } from '#shared/protocol/index';
import { asSchema, type Tool } from 'ai';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../server/src/language/catalog-index.js';
import { compactToolSchemas } from '../../server/src/agent/compact-tool-schemas.js';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import { buildSystemPrompt } from '../../server/src/agent/system-prompt.js';
import { createTools } from '../../server/src/agent/tools/create-tools.js';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest, fetchAs, type Guest } from '../support/guests.js';
import { openEventStream, tokensOf, type ReceivedEvent } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';
import { waitFor } from '../support/util.js';
import {
  freePort,
  llamaUnavailable,
  startLlamaServer,
  syntheticModel,
  type LlamaServer,
} from './support/llama-server.js';

/**
 * The openai-compatible path against upstream llama.cpp's server with a small deterministic model
 * (../shared/llm): by default it calls selectMuscles(["biceps-brachii"]) then answers a fixed
 * text; "hello" makes it stream a 580-token text.
 */
const unavailable = llamaUnavailable();
if (unavailable !== null) console.log(`llama.cpp tests skipped: ${unavailable}`);

let db: Database;
let model: string;
const servers: (LlamaServer | RunningServer)[] = [];
const stopAll = async () => {
  for (const server of servers.splice(0).reverse()) {
    await ('stop' in server ? server.stop() : server.close());
  }
};

/** The app on the given base URL, with a guest to ask as. */
const startApp = async (baseUrl: string) => {
  const app = await startTestServer({
    agent: createAgentFromEnv({
      LLM_PROVIDER: 'openai-compatible',
      LLM_MODEL: 'synthetic',
      OPENAI_BASE_URL: baseUrl,
      LLM_MAX_RETRIES: '0',
    }),
    database: db,
  });
  servers.push(app);
  return { app, guest: await createGuest(app.url) };
};

const ask = (app: RunningServer, guest: Guest, message: string) =>
  openEventStream(
    `${app.url}/model/token-stream?${new URLSearchParams({ message, user_id: guest.userId })}`,
  );

const errorOf = (events: ReceivedEvent[]) =>
  ErrorBody.parse(events.find((e) => e.event === 'error')?.data);

describe.skipIf(unavailable !== null)('the assistant on a real llama.cpp server', () => {
  beforeAll(async () => {
    model = syntheticModel();
    db = await openTestDatabase();
  }, 240_000);
  afterAll(async () => {
    await stopAll();
    await db?.close();
  });

  // A 4k context is what small local models often run with: the assistant must fit in it.
  describe('with a 4k context', () => {
    let llama: LlamaServer;
    let app: RunningServer;
    let guest: Guest;
    beforeAll(async () => {
      llama = await startLlamaServer({ model, context: 4096 });
      servers.push(llama);
      ({ app, guest } = await startApp(llama.baseUrl));
    }, 60_000);

    it('should turn the server-parsed tool call into model:selectMuscles, stream tokens that equal the response, and report usage', async () => {
      const events = await ask(app, guest, 'show me the biceps').finished;
      expect(events.map((e) => e.event)).not.toContain('error');
      const selections = events
        .filter((e) => e.event === 'event')
        .map((e) => e.data as { type: string; payload: { muscleIds: string[] } });
      expect(selections.map((e) => [e.type, e.payload.muscleIds])).toEqual([
        ['model:selectMuscles', ['biceps-brachii']],
      ]);
      const complete = CompleteEvent.parse(events.find((e) => e.event === 'complete')?.data);
      expect(events.filter((e) => e.event === 'token').length).toBeGreaterThan(5);
      expect(tokensOf(events)).toBe(complete.response);
      expect(complete.response).toMatch(/^Done: that muscle is now highlighted/);
      expect(complete.usage?.inputTokens).toBeGreaterThan(1000);
      expect(complete.usage?.outputTokens).toBeGreaterThan(30);
      const health = (await (await fetch(`${app.url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ assistant: 'ok' });
      expect(health.assistant_model).toMatch(/synth-2-layers\.gguf$/);
    }, 120_000);

    it("should read the static prompt from the server's cache when the next question names another muscle", async () => {
      const events = await ask(app, guest, 'and where does the soleus attach?').finished;
      const { usage } = CompleteEvent.parse(events.find((e) => e.event === 'complete')?.data);
      const input = usage?.inputTokens ?? 0;
      const cached = usage?.cachedInputTokens ?? 0;
      console.log(
        `cached share: ${cached} of ${input} input tokens (${Math.round((100 * cached) / input)}%)`,
      );
      // The model the server says answered, not the configured name ('synthetic').
      expect(usage?.model).toMatch(/synth-2-layers\.gguf$/);
      // Both steps reuse the system prompt and tools; the second also the first step's prompt.
      expect(cached / input).toBeGreaterThan(0.85);
    }, 120_000);

    it("should keep the static prompt (system prompt and tools) within 3,000 tokens of the server's tokenizer", async () => {
      const tools = compactToolSchemas(createTools(indexCatalog(loadCatalog())));
      const openAiTools = await Promise.all(
        Object.entries(tools as Record<string, Tool>).map(async ([name, tool]) => ({
          type: 'function',
          function: {
            name,
            description: tool.description,
            parameters: await asSchema(tool.inputSchema).jsonSchema,
          },
        })),
      );
      const server = llama.baseUrl.replace(/\/v1$/, '');
      const post = async (path: string, body: unknown) =>
        (await (
          await fetch(`${server}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()) as Record<string, unknown>;
      const rendered = await post('/apply-template', {
        messages: [
          { role: 'system', content: buildSystemPrompt() },
          { role: 'user', content: '' },
        ],
        tools: openAiTools,
      });
      const { tokens } = (await post('/tokenize', { content: rendered.prompt })) as {
        tokens: number[];
      };
      console.log(
        `static prompt: ${tokens.length} tokens (llama.cpp, Qwen2 tokenizer and template)`,
      );
      expect(tokens.length).toBeGreaterThan(500);
      expect(tokens.length).toBeLessThanOrEqual(3000);
    });

    it('should release the server slot when the student cancels', async () => {
      const stream = ask(app, guest, 'hello, tell me a long story');
      await waitFor(() => tokensOf(stream.received).length > 40, 'the first tokens', 90_000);
      const metadata = MetadataEvent.parse(stream.received[0]?.data);
      const logBefore = llama.log().length;
      const cancelled = await fetchAs(`${app.url}/model/runs/${metadata.run_id}/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_id: guest.userId }),
      });
      expect(cancelled.status).toBe(202);
      const events = await stream.finished;
      expect(errorOf(events).code).toBe('cancelled');
      // llama-server logs "cancel task" when its client closes the request mid-generation.
      await waitFor(
        () => /cancel task/.test(llama.log().slice(logBefore)),
        'the server to log the cancelled task',
        5000,
      );
    }, 120_000);
  });

  it('should say the model server stopped when it is killed mid-answer', async () => {
    const llama = await startLlamaServer({ model, context: 16_384 });
    servers.push(llama);
    const { app, guest } = await startApp(llama.baseUrl);
    const stream = ask(app, guest, 'hello there');
    await waitFor(() => tokensOf(stream.received).length > 20, 'the first tokens', 90_000);
    llama.kill();
    const error = errorOf(await stream.finished);
    expect(error.code).toBe('AGENT_FAILED');
    expect(error.message).toMatch(/model server/i);
    expect(error.message).toMatch(/connection|stopped|lost/i);
  }, 120_000);

  it('should say nothing is listening when the model server is not running', async () => {
    const port = await freePort();
    const { app, guest } = await startApp(`http://127.0.0.1:${port}/v1`);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', assistant: 'unreachable' });
    const error = errorOf(await ask(app, guest, 'show me the biceps').finished);
    expect(error.code).toBe('AGENT_FAILED');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toMatch(/not running|nothing (is )?listening|could not connect/i);
  }, 60_000);

  it('should say the context is too small, with its size and what to start the server with', async () => {
    const llama = await startLlamaServer({ model, context: 2048 });
    servers.push(llama);
    const { app, guest } = await startApp(llama.baseUrl);
    const error = errorOf(await ask(app, guest, 'show me the biceps').finished);
    expect(error).toMatchObject({ code: 'AGENT_FAILED', retryable: false });
    expect(error.message).toBe(
      "The model server's context (2048 tokens) is too small for this assistant; start it with a larger context (e.g. `-c 8192`).",
    );
  }, 120_000);
});
