import { describe, expect, it } from 'vitest';
import { readAgentConfig } from './agent-config.js';
import { createAgentFromEnv, describeAgentFromEnv } from './create-agent.js';

describe('readAgentConfig', () => {
  it('should default to the offline guide when no provider or key is set', () => {
    expect(readAgentConfig({})).toMatchObject({
      provider: 'offline',
      model: 'guide-1',
      baseUrl: null,
      LLM_FIRST_TOKEN_TIMEOUT_MS: 180_000,
      LOG_PROMPTS: false,
      LLM_MAX_STEPS: 8,
      LLM_MAX_RETRIES: 2,
      LLM_HISTORY_TOKENS: 6000,
      LLM_REASONING: 'off',
      OFFLINE_TOKEN_DELAY_MS: 35,
    });
  });

  it('should pick a provider from the key that is set', () => {
    expect(readAgentConfig({ OPENAI_API_KEY: 'sk-1' })).toMatchObject({
      provider: 'openai',
      model: 'gpt-4.1-mini',
      baseUrl: 'https://api.openai.com/v1',
    });
    expect(readAgentConfig({ ANTHROPIC_API_KEY: 'sk-ant' })).toMatchObject({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      baseUrl: 'https://api.anthropic.com/v1',
    });
  });

  it('should take an OpenAI-compatible server by base URL, key optional', () => {
    expect(
      readAgentConfig({
        LLM_PROVIDER: 'openai-compatible',
        LLM_MODEL: 'llama3.1',
        OPENAI_BASE_URL: 'http://gpu:8000/v1/',
      }),
    ).toMatchObject({
      provider: 'openai-compatible',
      model: 'llama3.1',
      baseUrl: 'http://gpu:8000/v1',
    });
    expect(readAgentConfig({ LLM_PROVIDER: 'openai-compatible', LLM_MODEL: 'qwen3' }).baseUrl).toBe(
      'http://127.0.0.1:11434/v1',
    );
  });

  it('should let LLM_PROVIDER=offline win over keys, and treat blank values as unset', () => {
    expect(readAgentConfig({ LLM_PROVIDER: 'offline', OPENAI_API_KEY: 'sk-1' }).provider).toBe(
      'offline',
    );
    expect(readAgentConfig({ LLM_PROVIDER: '', OPENAI_API_KEY: ' ' }).provider).toBe('offline');
  });

  it('should name every missing or bad variable', () => {
    expect(() => readAgentConfig({ LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY is required/);
    expect(() => readAgentConfig({ LLM_PROVIDER: 'anthropic' })).toThrow(
      /ANTHROPIC_API_KEY is required/,
    );
    expect(() => readAgentConfig({ LLM_PROVIDER: 'openai-compatible' })).toThrow(
      /LLM_MODEL is required/,
    );
    expect(() => readAgentConfig({ LLM_PROVIDER: 'gemini' })).toThrow(/LLM_PROVIDER/);
    expect(() => readAgentConfig({ LLM_FIRST_TOKEN_TIMEOUT_MS: 'soon' })).toThrow(
      /LLM_FIRST_TOKEN_TIMEOUT_MS/,
    );
    expect(() => readAgentConfig({ LLM_FIRST_TOKEN_TIMEOUT_MS: '0' })).toThrow(
      /LLM_FIRST_TOKEN_TIMEOUT_MS/,
    );
    expect(() => readAgentConfig({ LOG_PROMPTS: 'yes' })).toThrow(/LOG_PROMPTS/);
    expect(readAgentConfig({ LOG_PROMPTS: 'true' }).LOG_PROMPTS).toBe(true);
    expect(() => readAgentConfig({ OPENAI_BASE_URL: 'not a url', OPENAI_API_KEY: 'k' })).toThrow(
      /OPENAI_BASE_URL/,
    );
  });
});

describe('createAgentFromEnv', () => {
  it('should label the offline guide as offline', () => {
    expect(createAgentFromEnv({})).toMatchObject({
      provider: 'offline',
      model: 'guide-1',
      offline: true,
    });
    expect(createAgentFromEnv({ ANTHROPIC_API_KEY: 'k' })).toMatchObject({
      provider: 'anthropic',
      offline: false,
    });
  });
});

describe('describeAgentFromEnv', () => {
  it('should say which assistant runs and why, without keys', () => {
    expect(describeAgentFromEnv({})).toBe(
      'assistant: offline guide (guide-1, answers from the catalog, no AI) because no LLM_PROVIDER or API key is set',
    );
    const line = describeAgentFromEnv({ OPENAI_API_KEY: 'sk-secret', LLM_REASONING: 'low' });
    expect(line).toBe(
      'assistant: openai model gpt-4.1-mini at https://api.openai.com/v1 (Responses API, reasoning low) because OPENAI_API_KEY is set',
    );
    expect(line).not.toContain('sk-secret');
  });
});
