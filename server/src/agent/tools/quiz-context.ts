import type { AgentRunContext, QuizStarter } from '../agent.js';

/** The run's user, thread and quizzes, from the tool call's context; null outside a run. */
export const quizContextOf = (value: unknown): (AgentRunContext & { quiz: QuizStarter }) | null =>
  typeof value === 'object' &&
  value !== null &&
  'userId' in value &&
  'threadId' in value &&
  'quiz' in value &&
  value.quiz !== undefined
    ? (value as AgentRunContext & { quiz: QuizStarter })
    : null;
