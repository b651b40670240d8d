import { z } from 'zod';
import { QuizKind } from './quiz-question.js';

/** Where a muscle stands: never asked, being learnt, due again, or mastered (long interval). */
export const MasteryState = z.enum(['new', 'learning', 'due', 'mastered']);
export type MasteryState = z.infer<typeof MasteryState>;

export const ProgressCard = z.strictObject({
  muscleId: z.string(),
  kind: QuizKind,
  state: MasteryState,
  /** ISO time the card is next due. */
  due: z.string(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  lastCorrect: z.boolean().nullable(),
});
export type ProgressCard = z.infer<typeof ProgressCard>;

/** Counts of muscles (not cards) in each state; a muscle takes its weakest card's state. */
export const RegionProgress = z.strictObject({
  region: z.string(),
  mastered: z.number().int().min(0),
  learning: z.number().int().min(0),
  due: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type RegionProgress = z.infer<typeof RegionProgress>;

/** `GET /api/progress`: the caller's own cards and their summary per region. */
export const ProgressResponse = z.strictObject({
  user_id: z.string(),
  regions: z.array(RegionProgress),
  cards: z.array(ProgressCard),
  due_now: z.number().int().min(0),
});
export type ProgressResponse = z.infer<typeof ProgressResponse>;
