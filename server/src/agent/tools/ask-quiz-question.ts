import { tool } from 'ai';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { quizContextOf } from './quiz-context.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const AskQuizQuestionInput = z.object({});
export type AskQuizQuestionInput = z.input<typeof AskQuizQuestionInput>;

/** Shows the thread's open quiz question again (card and text); the answer stays on the server. */
export async function askQuizQuestion(context: unknown): Promise<ToolOutcome> {
  const run = quizContextOf(context);
  if (!run) return fail('Quizzes are not available here.');
  try {
    const step = await run.quiz.repeatQuestion({ userId: run.userId, threadId: run.threadId });
    return succeed(step.message, step.commands);
  } catch (error) {
    if (AppError.isInstance(error)) return fail(error.message);
    throw error;
  }
}

export const askQuizQuestionTool = () =>
  tool({
    description: 'Show the open quiz question again and get its text (not its answer).',
    inputSchema: AskQuizQuestionInput,
    execute: async (_input, options) => askQuizQuestion(options.experimental_context),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
