import { stepCountIs, streamText, type LanguageModel, type ModelMessage } from 'ai';
import type { Catalog } from '../../../shared/anatomy/catalog-schema.js';
import type { Usage } from '../../../shared/protocol/usage.js';
import { createLogger, type Logger } from '../logger.js';
import type { Agent, AgentInput, AgentPart } from './agent.js';
import { AgentError } from './agent-error.js';
import { indexCatalog } from './catalog-index.js';
import { fitHistory } from './history-budget.js';
import { retrieveContext } from './retrieve-context.js';
import { buildSystemPrompt } from './system-prompt.js';
import { toAgentError } from './to-agent-error.js';
import { createTools } from './tools/create-tools.js';
import { isToolOutcome } from './tools/tool-outcome.js';

type ProviderOptions = Parameters<typeof streamText>[0]['providerOptions'];

export interface AiSdkAgentOptions {
  /** Provider name for metadata and error messages: `openai`, `anthropic`, `offline`… */
  provider: string;
  /** Model name for metadata. */
  model: string;
  /** Where API calls go, named in error messages (none for the offline guide). */
  baseUrl?: string | null;
  /** True for the built-in offline guide. @default false */
  offline?: boolean;
  languageModel: LanguageModel;
  catalog: Catalog;
  /** Most model calls per answer (each tool round is one). @default 8 */
  maxSteps?: number;
  /** Retries of a failed provider call (429, 5xx), honouring Retry-After. @default 2 */
  maxRetries?: number;
  /** The answer fails with AGENT_TIMEOUT when the provider sends nothing for this long. @default 60000 */
  stallTimeoutMs?: number;
  /** Token budget for earlier turns of the thread; the newest are kept. @default 6000 */
  historyTokens?: number;
  /** Cap on generated tokens per model call; the provider's default when unset. */
  maxOutputTokens?: number;
  /** Provider-specific options (reasoning effort, thinking budget). */
  providerOptions?: ProviderOptions;
  log?: Logger;
}

export const DEFAULT_MAX_STEPS = 8;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_STALL_TIMEOUT_MS = 60_000;
export const DEFAULT_HISTORY_TOKENS = 6000;

/**
 * The one answer path for every model: AI SDK `streamText` with the viewer tools over several
 * steps. Reasoning becomes `thinking`, text `token`, each validated tool result a `model-event`,
 * and the total usage `usage`. Cancelling `signal` aborts the provider request.
 */
export function createAiSdkAgent(options: AiSdkAgentOptions): Agent {
  const index = indexCatalog(options.catalog);
  const tools = createTools(index);
  const log = options.log ?? createLogger('agent');
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
  const historyTokens = options.historyTokens ?? DEFAULT_HISTORY_TOKENS;
  const target = { provider: options.provider, model: options.model, baseUrl: options.baseUrl };

  async function* run({ message, history, scene, signal }: AgentInput): AsyncGenerator<AgentPart> {
    if (signal.aborted) return;
    const abort = new AbortController();
    const forwardAbort = () => abort.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });

    const turns = fitHistory(history, historyTokens);
    const system = buildSystemPrompt({
      index,
      scene,
      context: retrieveContext(index, { message, scene, history: turns }),
    });
    const messages: ModelMessage[] = [
      ...turns.map((turn): ModelMessage => ({ role: turn.role, content: turn.text })),
      { role: 'user', content: message },
    ];
    const result = streamText({
      model: options.languageModel,
      system,
      messages,
      tools,
      stopWhen: stepCountIs(maxSteps),
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      abortSignal: abort.signal,
      ...(options.maxOutputTokens !== undefined
        ? { maxOutputTokens: options.maxOutputTokens }
        : {}),
      ...(options.providerOptions !== undefined
        ? { providerOptions: options.providerOptions }
        : {}),
      // Errors arrive as `error` parts below; the default handler would only print them.
      onError: () => undefined,
    });

    const parts = result.fullStream[Symbol.asyncIterator]();
    let finished = false;
    try {
      // Shows the "working" indicator at once, before the provider answers.
      yield { type: 'thinking', text: '' };
      for (;;) {
        const next = await nextWithin(parts, stallTimeoutMs, () => {
          abort.abort(new Error('stalled'));
        }).catch((error: unknown) => {
          if (signal.aborted) return { done: true as const, value: undefined };
          // A stream that breaks (connection lost mid-answer) throws here instead of sending an
          // `error` part; both go through the same mapping.
          throw toAgentError(error, target);
        });
        if (next === 'stalled') {
          throw new AgentError(
            'AGENT_TIMEOUT',
            `The model sent nothing for ${duration(stallTimeoutMs)}, so the answer was stopped. Try again.`,
            { retryable: true },
          );
        }
        if (next.done) {
          finished = true;
          return;
        }
        const part = next.value;
        switch (part.type) {
          case 'reasoning-delta':
            // Anthropic's signature arrives as an empty delta.
            if (part.text !== '') yield { type: 'thinking', text: part.text };
            break;
          case 'text-delta':
            if (part.text !== '') yield { type: 'token', text: part.text };
            break;
          case 'tool-result':
            if (isToolOutcome(part.output) && part.output.ok) {
              for (const command of part.output.commands) yield { type: 'model-event', command };
            }
            break;
          case 'tool-error':
            log.debug({ tool: part.toolName, error: String(part.error) }, 'tool call refused');
            break;
          case 'finish':
            yield { type: 'usage', usage: toUsage(part.totalUsage) };
            break;
          case 'error':
            if (signal.aborted) return;
            throw toAgentError(part.error, target);
          case 'abort':
            return;
          default:
            break;
        }
      }
    } finally {
      signal.removeEventListener('abort', forwardAbort);
      // A consumer that stops early (cancel, or an error above) must not leave the request open.
      if (!finished) abort.abort(new Error('answer ended'));
      void parts.return?.().catch(() => undefined);
    }
  }

  return {
    provider: options.provider,
    model: options.model,
    offline: options.offline ?? false,
    run,
  };
}

/** The next part, or 'stalled' when none comes within `ms` (then `onStall` runs). */
async function nextWithin<T>(
  iterator: AsyncIterator<T>,
  ms: number,
  onStall: () => void,
): Promise<IteratorResult<T> | 'stalled'> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<'stalled'>((resolve) => {
    timer = setTimeout(() => {
      onStall();
      resolve('stalled');
    }, ms);
  });
  try {
    return await Promise.race([iterator.next(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

const duration = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

const count = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.max(0, Math.round(value));

function toUsage(usage: {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  totalTokens: number | undefined;
  reasoningTokens?: number | undefined;
}): Usage {
  const inputTokens = count(usage.inputTokens);
  const outputTokens = count(usage.outputTokens);
  const total =
    count(usage.totalTokens) ??
    (inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null);
  const reasoning = count(usage.reasoningTokens);
  return {
    inputTokens,
    outputTokens,
    totalTokens: total,
    ...(reasoning !== null && reasoning > 0 ? { reasoningTokens: reasoning } : {}),
  };
}
