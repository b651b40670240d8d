import { z } from 'zod';
import { EntityId, MuscleId, Side } from './ids.js';

/** How an answer was judged. `wrong-side`: the right muscle on the other side of the body. */
export const QuizVerdict = z.enum(['correct', 'wrong', 'wrong-side', 'skipped', 'stopped']);
export type QuizVerdict = z.infer<typeof QuizVerdict>;

export const QuizScore = z.strictObject({
  correct: z.number().int().min(0),
  answered: z.number().int().min(0),
  total: z.number().int().min(1),
});
export type QuizScore = z.infer<typeof QuizScore>;

/** `model:quizFeedback`: a question was answered; now its answer may be shown. */
export const QuizFeedbackPayload = z.strictObject({
  quizId: EntityId,
  questionId: EntityId,
  verdict: QuizVerdict,
  correct: z.boolean(),
  /** The right answer, as the student reads it ("Teres minor", or the right choice's text). */
  answerText: z.string().min(1).max(400),
  /** The right muscle (shown in the scene), when the question is about one muscle. */
  muscleId: MuscleId,
  side: Side,
  /** For choice questions: the right choice's index. */
  choiceIndex: z.number().int().min(0).optional(),
  /** What the student gave, as they gave it ("Infraspinatus (left)", "teres mnor"). */
  given: z.string().max(400).optional(),
  /** The structure a wrong click hit, so the scene can show it too. */
  clicked: z.strictObject({ structureId: MuscleId, side: Side }).optional(),
  /** A fact about the answer, for the caption. */
  explanation: z.string().min(1).max(800),
  score: QuizScore,
});
export type QuizFeedbackPayload = z.infer<typeof QuizFeedbackPayload>;
