import { stepCountIs, streamText, type LanguageModel } from 'ai';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import type { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import type { Usage } from '#shared/protocol/usage';
import { createLogger, type Logger } from '../logger.js';
import type { Agent, AgentInput, AgentPart } from './agent.js';
import { formatDuration } from '../errors/format-duration.js';
import { AgentError } from './agent-error.js';
import { indexCatalog } from '../language/catalog-index.js';
import { fitHistory } from './history-budget.js';
import { compactToolSchemas } from './compact-tool-schemas.js';
import { composePrompt } from './compose-prompt.js';
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
  /**
   * How long the provider may take to start answering each step: a local server reads the whole
   * prompt first, which takes minutes on a loaded CPU. @default 180000
   */
  firstTokenTimeoutMs?: number;
  /** Token budget for earlier turns of the thread; the newest are kept. @default 6000 */
  historyTokens?: number;
  /** Cap on generated tokens per model call; the provider's default when unset. */
  maxOutputTokens?: number;
  /** How often an empty `thinking` part shows the answer is on its way while the provider reads the prompt. @default 15000 */
  waitingPulseMs?: number;
  /** How to check the model server, passed on to the agent (`Agent.health`). */
  health?: Agent['health'];
  /** Log each prompt at debug level (LOG_PROMPTS); otherwise prompts never reach the log. @default false */
  logPrompts?: boolean;
  /** Provider-specific options (reasoning effort, thinking budget). */
  providerOptions?: ProviderOptions;
  log?: Logger;
}

export const DEFAULT_MAX_STEPS = 8;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_FIRST_TOKEN_TIMEOUT_MS = 180_000;
export const DEFAULT_HISTORY_TOKENS = 6000;
/**
 * While the provider reads the prompt, an empty `thinking` part this often tells the run (whose
 * idle timeout would otherwise end it) and the student's "working" indicator that the answer is
 * still on its way.
 */
export const DEFAULT_WAITING_PULSE_MS = 15_000;

/** Stream parts that show the model has started answering its step. */
const answerStarts = new Set([
  'text-delta',
  'reasoning-delta',
  'tool-input-start',
  'tool-input-delta',
  'tool-call',
]);

/**
 * The thread's open quiz question, so an answer typed in the chat goes to the quiz. A thread
 * without earlier turns has none (no query); a failed read answers as if none were open.
 */
async function openQuizQuestion(
  context: AgentInput['context'],
  hasHistory: boolean,
  log: Logger,
): Promise<QuizQuestionPayload | null> {
  if (!hasHistory || !context?.quiz) return null;
  try {
    return await context.quiz.openQuestion({ userId: context.userId, threadId: context.threadId });
  } catch (error) {
    log.warn({ err: error, runId: context.runId }, 'open quiz question unavailable');
    return null;
  }
}

/**
 * The one answer path for every model: AI SDK `streamText` with the viewer tools over several
 * steps. Reasoning becomes `thinking`, text `token`, each validated tool result a `model-event`,
 * and the total usage `usage`. Cancelling `signal` aborts the provider request.
 */
export function createAiSdkAgent(options: AiSdkAgentOptions): Agent {
  const index = indexCatalog(options.catalog);
  const tools = compactToolSchemas(createTools(index));
  const log = options.log ?? createLogger('agent');
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const firstTokenTimeoutMs = options.firstTokenTimeoutMs ?? DEFAULT_FIRST_TOKEN_TIMEOUT_MS;
  const historyTokens = options.historyTokens ?? DEFAULT_HISTORY_TOKENS;
  const waitingPulseMs = options.waitingPulseMs ?? DEFAULT_WAITING_PULSE_MS;
  const target = { provider: options.provider, model: options.model, baseUrl: options.baseUrl };

  async function* run({
    message,
    history,
    scene,
    signal,
    context,
  }: AgentInput): AsyncGenerator<AgentPart> {
    if (signal.aborted) return;
    const abort = new AbortController();
    const forwardAbort = () => abort.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });

    const started = Date.now();
    const turns = fitHistory(history, historyTokens);
    const { system, messages } = composePrompt({
      index,
      message,
      history: turns,
      scene,
      quiz: await openQuizQuestion(context, history.length > 0, log),
      provider: options.provider,
      offline: options.offline ?? false,
    });
    if (options.logPrompts === true) log.debug({ system, messages }, 'prompt');
    const result = streamText({
      model: options.languageModel,
      system,
      messages,
      tools,
      stopWhen: stepCountIs(maxSteps),
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      abortSignal: abort.signal,
      // Tools that keep state per student (quizzes) read the run's user and thread from here.
      experimental_context: context,
      ...(options.maxOutputTokens !== undefined
        ? { maxOutputTokens: options.maxOutputTokens }
        : {}),
      ...(options.providerOptions !== undefined
        ? { providerOptions: options.providerOptions }
        : {}),
      // Errors arrive as `error` parts below; the default handler would only print them.
      onError: () => undefined,
    });

    const parts = pacedReader(result.fullStream[Symbol.asyncIterator]());
    // A stream that breaks (connection lost mid-answer) throws instead of sending an `error`
    // part; both go through the same mapping.
    const failed = (error: unknown): IteratorResult<never> => {
      if (signal.aborted) return { done: true, value: undefined };
      throw toAgentError(error, target);
    };
    let finished = false;
    // Each step starts with the provider reading its prompt: a longer wait than between tokens.
    let answering = false;
    let deadline = started + firstTokenTimeoutMs;
    let firstTokenMs: number | null = null;
    let steps = 0;
    let responseModel: string | undefined;
    try {
      // Shows the "working" indicator at once, before the provider answers.
      yield { type: 'thinking', text: '' };
      for (;;) {
        // Between tokens the run's own watchdog bounds the silence (one watchdog for every
        // agent); only the wait for the first token is timed here, pulsing so the run knows.
        const remaining = deadline - Date.now();
        const next = answering
          ? await parts.next().catch(failed)
          : remaining <= 0
            ? 'timeout'
            : await parts.next(Math.min(remaining, waitingPulseMs)).catch(failed);
        if (next === 'timeout') {
          if (Date.now() < deadline) {
            yield { type: 'thinking', text: '' };
            continue;
          }
          abort.abort(new Error('no first token'));
          throw new AgentError(
            'AGENT_TIMEOUT',
            `The model had not started answering after ${formatDuration(firstTokenTimeoutMs)} (it may still have been reading the question: the model server is slow or busy), so the answer was stopped. Try again.`,
            { retryable: true, reason: 'no-first-token' },
          );
        }
        if (next.done) {
          finished = true;
          log.info(
            {
              provider: options.provider,
              model: options.model,
              responseModel,
              steps,
              firstTokenMs,
              durationMs: Date.now() - started,
            },
            'answer generated',
          );
          return;
        }
        const part = next.value;
        if (answerStarts.has(part.type)) {
          if (!answering) firstTokenMs ??= Date.now() - started;
          answering = true;
        }
        if (part.type === 'start-step') answering = false;
        if (!answering) deadline = Date.now() + firstTokenTimeoutMs;
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
            log.debug({ tool: part.toolName }, 'tool call refused');
            break;
          case 'finish-step':
            steps += 1;
            // The model the server says answered, which may differ from the configured name.
            if (part.response.modelId !== '') responseModel = part.response.modelId;
            break;
          case 'finish':
            yield { type: 'usage', usage: toUsage(part.totalUsage, responseModel) };
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
      parts.close();
    }
  }

  return {
    provider: options.provider,
    model: options.model,
    offline: options.offline ?? false,
    run,
    ...(options.health !== undefined ? { health: options.health } : {}),
  };
}

/**
 * Reads an iterator with a time limit per wait. A wait that times out leaves its read pending, and
 * the next call waits for that same read: an iterator must not be read twice at once.
 */
function pacedReader<T>(iterator: AsyncIterator<T>) {
  let pending: Promise<IteratorResult<T>> | null = null;
  return {
    /** The next item, or 'timeout' after `ms` (no limit without `ms`). */
    async next(ms?: number): Promise<IteratorResult<T> | 'timeout'> {
      if (pending === null) {
        pending = iterator.next();
        // Abandoned at close: its rejection must not go unhandled.
        pending.catch(() => undefined);
      }
      if (ms === undefined) {
        try {
          return await pending;
        } finally {
          pending = null;
        }
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), ms);
      });
      try {
        const result = await Promise.race([pending, timeout]);
        if (result !== 'timeout') pending = null;
        return result;
      } catch (error) {
        pending = null;
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close(): void {
      void iterator.return?.().catch(() => undefined);
    },
  };
}

const count = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.max(0, Math.round(value));

function toUsage(
  usage: {
    inputTokens: number | undefined;
    outputTokens: number | undefined;
    totalTokens: number | undefined;
    reasoningTokens?: number | undefined;
    inputTokenDetails?: { cacheReadTokens: number | undefined };
    cachedInputTokens?: number | undefined;
  },
  responseModel: string | undefined,
): Usage {
  const inputTokens = count(usage.inputTokens);
  const outputTokens = count(usage.outputTokens);
  const total =
    count(usage.totalTokens) ??
    (inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null);
  const reasoning = count(usage.reasoningTokens);
  // OpenAI's `cached_tokens`, Anthropic's `cache_read_input_tokens`, llama.cpp's `cached_tokens`.
  const cached = count(usage.inputTokenDetails?.cacheReadTokens ?? usage.cachedInputTokens);
  return {
    inputTokens,
    outputTokens,
    totalTokens: total,
    ...(reasoning !== null && reasoning > 0 ? { reasoningTokens: reasoning } : {}),
    ...(cached !== null ? { cachedInputTokens: cached } : {}),
    ...(responseModel !== undefined ? { model: responseModel.slice(0, 200) } : {}),
  };
}
