import { z } from 'zod';
import { EntityId } from './ids.js';
import { QuizScore } from './quiz-feedback.js';

/** `model:quizEnd`: the quiz is over (all answered, or stopped); the viewer restores its panels. */
export const QuizEndPayload = z.strictObject({
  quizId: EntityId,
  reason: z.enum(['finished', 'stopped']),
  score: QuizScore,
});
export type QuizEndPayload = z.infer<typeof QuizEndPayload>;
