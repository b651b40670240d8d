import { z } from 'zod';
import { EntityId } from './ids.js';

/** The four kinds of quiz question. */
export const QuizKind = z.enum(['find', 'name', 'fact', 'function']);
export type QuizKind = z.infer<typeof QuizKind>;

/**
 * `model:quizQuestion`: a question is open. Only what the student may see travels: the prompt and,
 * for multiple choice, the choices; never the answer (the server grades).
 */
export const QuizQuestionPayload = z.strictObject({
  quizId: EntityId,
  questionId: EntityId,
  /** 1-based position in the quiz. */
  number: z.number().int().min(1),
  total: z.number().int().min(1),
  kind: QuizKind,
  /** "Click the teres minor on the left side." */
  prompt: z.string().min(1).max(600),
  /** How the student answers: a click on the body, typed text, or one of `choices`. */
  answerBy: z.enum(['click', 'text', 'choice']),
  /** For `choice`: the options, in the order shown. */
  choices: z.array(z.string().min(1).max(400)).min(2).max(6).optional(),
  /** The quiz's topic, as the student asked for it ("the rotator cuff"). */
  topic: z.string().min(1).max(200),
});
export type QuizQuestionPayload = z.infer<typeof QuizQuestionPayload>;
