import type { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import type { SceneState } from '#shared/protocol/scene-state';
import type { HistoryTurn } from '../agent.js';
import type { CatalogIndex } from '../../language/catalog-index.js';
import type { ParsedRequest } from '../../language/parse-request.js';
import type { PlanBuilder } from './plan-builder.js';

/** What the guide answers: the student's message, what they see, and the conversation so far. */
export interface GuideInput {
  message: string;
  scene: SceneState | null;
  history: readonly HistoryTurn[];
  /** The thread's open quiz question, if any: a typed answer, "skip" or "hint" goes to it. */
  quiz?: QuizQuestionPayload | null;
}

/** Everything an intent reads to answer, and the builder it answers into. */
export interface PlanContext {
  index: CatalogIndex;
  input: GuideInput;
  request: ParsedRequest;
  plan: PlanBuilder;
}

/** One kind of request the guide answers: the first row of the table whose `matches` holds answers. */
export interface GuideIntent {
  name: string;
  matches(context: PlanContext): boolean;
  answer(context: PlanContext): void;
}
