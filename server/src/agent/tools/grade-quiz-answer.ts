import { tool } from 'ai';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { quizContextOf } from './quiz-context.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const GradeQuizAnswerInput = z.object({
  answer: z.string().min(1).max(200).describe('as the student typed it'),
});
export type GradeQuizAnswerInput = z.input<typeof GradeQuizAnswerInput>;

/** Has the server grade an answer typed in the chat; the result and the next question come back. */
export async function gradeQuizAnswer(
  input: GradeQuizAnswerInput,
  context: unknown,
): Promise<ToolOutcome> {
  const run = quizContextOf(context);
  if (!run) return fail('Quizzes are not available here.');
  try {
    const step = await run.quiz.answerInThread(
      { userId: run.userId, threadId: run.threadId },
      input.answer,
    );
    return succeed(step.message, step.commands);
  } catch (error) {
    if (AppError.isInstance(error)) return fail(error.message);
    throw error;
  }
}

export const gradeQuizAnswerTool = () =>
  tool({
    description: 'A quiz answer typed in the chat: the server grades it; relay its verdict.',
    inputSchema: GradeQuizAnswerInput,
    execute: async (input, options) => gradeQuizAnswer(input, options.experimental_context),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
