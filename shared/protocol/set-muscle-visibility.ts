import { z } from 'zod';
import { MuscleId, Side } from './ids.js';

/** `model:setMuscleVisibility`: hide or show particular muscles. */
export const SetMuscleVisibilityPayload = z.strictObject({
  muscleIds: z.array(MuscleId).min(1).max(200),
  visible: z.boolean(),
  /** @default 'both' */
  side: Side.default('both'),
});
export type SetMuscleVisibilityPayload = z.infer<typeof SetMuscleVisibilityPayload>;
