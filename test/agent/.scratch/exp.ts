import { streamText, stepCountIs, tool } from 'ai';
import { MockLanguageModelV3, convertArrayToReadableStream } from 'ai/test';
import { z } from 'zod';
const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } };
let calls = 0;
const model = new MockLanguageModelV3({
  doStream: async (opts) => {
    calls++;
    console.log('CALL', calls, JSON.stringify(opts.prompt).slice(0, 600));
    if (calls === 1) return { stream: convertArrayToReadableStream([
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'Hi ' }, { type: 'text-end', id: 't' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'sel', input: '{"ids":["x"]}' },
      { type: 'tool-call', toolCallId: 'c2', toolName: 'sel', input: '{"idz":3}' },
      { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: undefined } },
    ] as never) };
    if (calls === 2) return { stream: convertArrayToReadableStream([
      { type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'done' }, { type: 'text-end', id: 't' },
      { type: 'error', error: new Error('boom') },
      { type: 'finish', usage, finishReason: { unified: 'stop', raw: undefined } },
    ] as never) };
    throw new Error('x');
  },
});
const r = streamText({
  model, prompt: 'hello', stopWhen: stepCountIs(4),
  tools: { sel: tool({ inputSchema: z.object({ ids: z.array(z.string()) }), execute: async ({ ids }) => ({ ok: true, ids, secret: 1 }), toModelOutput: ({ output }) => ({ type: 'text', value: 'selected ' + JSON.stringify(output.ids) }) }) },
});
for await (const p of r.fullStream) console.log(p.type, JSON.stringify(p).slice(0, 300));
