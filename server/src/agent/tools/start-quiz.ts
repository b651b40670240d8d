import { tool } from 'ai';
import { z } from 'zod';
import { Region } from '#shared/anatomy/catalog-schema';
import { QuizKind } from '#shared/protocol/quiz-question';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { AppError } from '../../errors/app-error.js';
import { resolveMuscles, unknownMessage } from './resolve-muscles.js';
import { quizContextOf } from './quiz-context.js';
import { MuscleRefs } from './tool-schemas.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const StartQuizInput = z.object({
  topic: z.string().min(1).max(200).describe('e.g. "the rotator cuff"'),
  muscleIds: MuscleRefs.optional(),
  region: Region.optional(),
  count: z.number().int().min(1).max(20).optional().describe('default 5'),
  kinds: z.array(QuizKind).min(1).optional().describe('all by default'),
  review: z.boolean().optional().describe('due and missed cards first ("what I got wrong")'),
});
export type StartQuizInput = z.input<typeof StartQuizInput>;

/**
 * Starts a quiz in the student's thread. The server builds the questions from the catalog, keeps
 * the answers and grades what the student answers on the question card: the model never grades.
 */
export async function startQuiz(
  index: CatalogIndex,
  input: StartQuizInput,
  context: unknown,
): Promise<ToolOutcome> {
  const run = quizContextOf(context);
  if (!run) return fail('Quizzes are not available here.');
  const resolved = resolveMuscles(index, input.muscleIds ?? []);
  if (resolved.unknown.length > 0) return fail(unknownMessage(resolved.unknown));
  const regionMuscles = input.region
    ? [...index.muscles.values()].filter((m) => m.region === input.region)
    : [];
  const muscleIds = [...resolved.drawable, ...resolved.missingMesh, ...regionMuscles].map(
    (m) => m.id,
  );
  if (muscleIds.length === 0 && !input.review)
    return fail('Give muscleIds or a region to quiz on, or review: true.');
  try {
    const started = await run.quiz.start(
      { userId: run.userId, threadId: run.threadId },
      {
        topic: input.topic,
        muscleIds,
        count: input.count,
        kinds: input.kinds,
        review: input.review,
      },
    );
    return succeed(started.message, started.commands);
  } catch (error) {
    if (AppError.isInstance(error)) return fail(error.message);
    throw error;
  }
}

export const startQuizTool = (index: CatalogIndex) =>
  tool({
    description: 'Start a quiz when asked to be quizzed or tested; the server asks and grades.',
    inputSchema: StartQuizInput,
    execute: async (input, options) => startQuiz(index, input, options.experimental_context),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
