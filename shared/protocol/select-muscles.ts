import { z } from 'zod';
import { HexColor, MuscleId, Side } from './ids.js';

/** `model:selectMuscles`: highlight muscles, replacing, adding to or removing from the selection. */
export const SelectMusclesPayload = z.strictObject({
  muscleIds: z.array(MuscleId).min(1).max(200),
  /** @default 'both' */
  side: Side.default('both'),
  /** @default 'replace' */
  mode: z.enum(['replace', 'add', 'remove']).default('replace'),
  /** Highlight colour; the viewer's default highlight when absent. */
  color: HexColor.optional(),
});
export type SelectMusclesPayload = z.infer<typeof SelectMusclesPayload>;
