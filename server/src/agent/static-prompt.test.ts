import { asSchema, type Tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../language/catalog-index.js';
import { compactJsonSchema, compactToolSchemas } from './compact-tool-schemas.js';
import { buildSystemPrompt } from './system-prompt.js';
import { createTools } from './tools/create-tools.js';

/**
 * Tokens estimated as characters / 3. Plain English runs about 4 characters a token, but tool
 * schemas are JSON full of short keys and punctuation: llama.cpp's Qwen2 tokenizer read the
 * previous 18.3k-character prompt (system prompt, tool schemas and a question) as 6,139 tokens,
 * 3.0 characters a token. The llama.cpp test stage counts the real static prompt with the server's
 * own tokenizer.
 */
const estimateTokens = (text: string) => Math.ceil(text.length / 3);

const tools = compactToolSchemas(createTools(indexCatalog(loadCatalog())));

/** What every request starts with: the system prompt, and each tool's name, description and schema. */
const staticText = async () => {
  const toolTexts = await Promise.all(
    Object.entries(tools as Record<string, Tool>).map(
      async ([name, tool]) =>
        `${name} ${tool.description ?? ''} ${JSON.stringify(await asSchema(tool.inputSchema).jsonSchema)}`,
    ),
  );
  return [buildSystemPrompt(), ...toolTexts].join('\n');
};

describe('the static prompt', () => {
  it('should fit a 4k-context model with room for the question: at most 3,000 tokens', async () => {
    const tokens = estimateTokens(await staticText());
    console.log(`static prompt: about ${tokens} tokens (characters / 3)`);
    expect(tokens).toBeLessThanOrEqual(3000);
  });
});

describe('compactJsonSchema', () => {
  it('should drop the draft marker, closed-object flags and length bounds, at every depth', () => {
    expect(
      compactJsonSchema({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        additionalProperties: false,
        required: ['steps'],
        properties: {
          steps: {
            type: 'array',
            minItems: 1,
            maxItems: 40,
            items: {
              type: 'object',
              additionalProperties: false,
              properties: { caption: { type: 'string', minLength: 1, maxLength: 600 } },
            },
          },
          side: { anyOf: [{ type: 'string', maxLength: 5 }, { type: 'null' }] },
        },
      }),
    ).toEqual({
      type: 'object',
      required: ['steps'],
      properties: {
        steps: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', properties: { caption: { type: 'string' } } },
        },
        side: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
    });
  });
});

describe('compactToolSchemas', () => {
  it('should still validate calls against the full schema', async () => {
    const schema = asSchema(tools.selectMuscles.inputSchema);
    const tooLong = await schema.validate?.({ muscleIds: ['x'.repeat(500)] });
    expect(tooLong?.success).toBe(false);
    const fine = await schema.validate?.({ muscleIds: ['biceps-brachii'] });
    expect(fine?.success).toBe(true);
  });
});
