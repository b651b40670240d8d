import type { ModelCommandOutput } from '#shared/protocol/model-event';
import type { SceneState } from '#shared/protocol/scene-state';
import type { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import type { Usage } from '#shared/protocol/usage';
import type { QuizContext, StartedQuiz, StartQuizRequest } from '../quiz/quiz-service.js';
import type { ModelProbe } from './probe-model-server.js';

/** What an agent yields while it answers. Order within a run is the order on the wire. */
export type AgentPart =
  | { type: 'thinking'; text: string }
  | { type: 'token'; text: string }
  | { type: 'model-event'; command: ModelCommandOutput }
  | { type: 'usage'; usage: Usage };

export type HistoryTurn = { role: 'user' | 'assistant'; text: string };

/** Quizzes for tool calls; the server keeps the answers and grades (see server/src/quiz). */
export interface QuizStarter {
  start(context: QuizContext, request: StartQuizRequest): Promise<StartedQuiz>;
  /** Grades text the student typed in the chat against the thread's open question. */
  answerInThread(context: QuizContext, text: string): Promise<StartedQuiz>;
  /** The thread's open question again. */
  repeatQuestion(context: QuizContext): Promise<StartedQuiz>;
  /** The thread's open question as the student sees it (no answer), or null. */
  openQuestion(context: QuizContext): Promise<QuizQuestionPayload | null>;
}

/** Who an answer is for: tools that keep state per student (quizzes) need it. */
export interface AgentRunContext {
  userId: string;
  threadId: string;
  runId: string;
  quiz?: QuizStarter | undefined;
}

export interface AgentInput {
  message: string;
  /** Earlier turns of the thread, oldest first, not including `message`. */
  history: readonly HistoryTurn[];
  scene: SceneState | null;
  /** Fires on cancel: the agent stops and aborts its provider call. */
  signal: AbortSignal;
  /** The run's user and thread, for tools that need them; absent in tests of plain agents. */
  context?: AgentRunContext;
}

/** Turns a message into a stream of parts. Providers, the offline guide and test scripts implement it. */
export interface Agent {
  readonly provider: string;
  readonly model: string;
  /** True for the built-in offline guide (the UI labels it as such, not as an AI). */
  readonly offline: boolean;
  run(input: AgentInput): AsyncIterable<AgentPart>;
  /** How to check the model server (for `/healthz`); none for agents that need no server. */
  readonly health?: { probe: () => Promise<ModelProbe>; intervalMs: number };
}
