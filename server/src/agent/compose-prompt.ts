import type { ModelMessage, SystemModelMessage } from 'ai';
import type { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import type { SceneState } from '#shared/protocol/scene-state';
import type { HistoryTurn } from './agent.js';
import type { CatalogIndex } from '../language/catalog-index.js';
import { retrieveContext } from '../language/retrieve-context.js';
import { buildSystemPrompt, buildTurnContext } from './system-prompt.js';

/** Anthropic caches the prompt up to a block marked so (tools, then system, then messages). */
const anthropicCacheBreakpoint = { anthropic: { cacheControl: { type: 'ephemeral' } } } as const;

export interface ComposedPrompt {
  system: string | SystemModelMessage;
  messages: ModelMessage[];
}

/**
 * One request's prompt, ordered from what never changes to what changes every time, so that
 * providers re-read only the end: the system prompt (and the tools, which the SDK sends before
 * or beside it), byte-identical for every request; then the thread's earlier turns, unchanged as
 * the thread grows; then, with the latest message, what the student sees now and the catalog
 * facts for it. For Anthropic the static block and the end of the history are marked cacheable.
 *
 * The offline guide reads the scene from its system prompt and the message as written, and has no
 * cache: it gets the context (with the scene as JSON) appended to the system prompt instead.
 */
export function composePrompt(input: {
  index: CatalogIndex;
  message: string;
  history: readonly HistoryTurn[];
  scene: SceneState | null;
  /** The thread's open quiz question (no answer in it), if any. */
  quiz?: QuizQuestionPayload | null;
  provider: string;
  offline: boolean;
}): ComposedPrompt {
  const { index, message, history, scene } = input;
  const quiz = input.quiz ?? null;
  const context = retrieveContext(index, { message, scene, history });
  const turns = history.map((turn): ModelMessage => ({ role: turn.role, content: turn.text }));
  if (input.offline) {
    const turnContext = buildTurnContext({ index, scene, quiz, context, sceneJson: true });
    return {
      system: `${buildSystemPrompt()}\n\n${turnContext}`,
      messages: [...turns, { role: 'user', content: message }],
    };
  }
  const latest: ModelMessage = {
    role: 'user',
    content: `${buildTurnContext({ index, scene, quiz, context })}\n\n## The student's message\n${message}`,
  };
  if (input.provider !== 'anthropic') {
    return { system: buildSystemPrompt(), messages: [...turns, latest] };
  }
  const lastTurn = turns.at(-1);
  if (lastTurn !== undefined)
    turns[turns.length - 1] = {
      ...lastTurn,
      providerOptions: anthropicCacheBreakpoint,
    } as ModelMessage;
  return {
    system: {
      role: 'system',
      content: buildSystemPrompt(),
      providerOptions: anthropicCacheBreakpoint,
    },
    messages: [...turns, latest],
  };
}
