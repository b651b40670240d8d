import type { QuizStarter } from '../agent/agent.js';
import { AppError } from '../errors/app-error.js';

/**
 * The quiz starter a run's tools get: each call waits until the run's turn is in the database
 * (quizzes and answers refer to its thread and messages, and the agent starts before the save
 * ends), and fails plainly when the turn could not be saved.
 */
export const quizAfterTurnSaved = (
  quiz: QuizStarter | undefined,
  stored: Promise<boolean>,
): QuizStarter | undefined => {
  if (!quiz) return undefined;
  const saved = async () => {
    if (!(await stored))
      throw new AppError('STORE_FAILED', 'Your message could not be saved. Try again.');
  };
  return {
    start: async (context, request) => {
      await saved();
      return quiz.start(context, request);
    },
    answerInThread: async (context, text) => {
      await saved();
      return quiz.answerInThread(context, text);
    },
    repeatQuestion: async (context) => {
      await saved();
      return quiz.repeatQuestion(context);
    },
    // Reading needs no saved turn: the question was asked by an earlier one.
    openQuestion: (context) => quiz.openQuestion(context),
  };
};
