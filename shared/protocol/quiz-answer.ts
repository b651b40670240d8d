import { z } from 'zod';
import { EntityId, MuscleId, Side } from './ids.js';

/** What the student answers with. `hint` asks for a hint and leaves the question open. */
export const QuizResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('click'), structureId: MuscleId, side: Side }),
  z.object({ type: z.literal('text'), text: z.string().trim().min(1).max(200) }),
  z.object({ type: z.literal('choice'), index: z.number().int().min(0).max(5) }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('hint') }),
  z.object({ type: z.literal('stop') }),
]);
export type QuizResponse = z.infer<typeof QuizResponse>;

/** Socket `quiz_answer` (and the body of `POST /api/quiz/:id/answer`, where the id is in the path). */
export const QuizAnswerPayload = z.object({
  question_id: EntityId,
  answer: QuizResponse,
  user_id: z.string().max(64).optional(),
});
export type QuizAnswerPayload = z.infer<typeof QuizAnswerPayload>;

export const QuizAnswerBody = QuizAnswerPayload.omit({ question_id: true });
export type QuizAnswerBody = z.infer<typeof QuizAnswerBody>;

/**
 * The reply: a hint, or the verdict with the run that streams the feedback (and the next question)
 * to the thread; attach with `GET /model/runs/:id/stream` or follow `run_started`.
 */
export const QuizAnswerResult = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hint'), question_id: EntityId, hint: z.string() }),
  z.strictObject({
    type: z.literal('graded'),
    question_id: EntityId,
    verdict: z.enum(['correct', 'wrong', 'wrong-side', 'skipped', 'stopped']),
    correct: z.boolean(),
    run_id: EntityId,
    thread_id: EntityId,
  }),
]);
export type QuizAnswerResult = z.infer<typeof QuizAnswerResult>;
