import { z } from 'zod';
import { MuscleId, Side } from './ids.js';

/** `model:isolate`: show only these muscles (bones stay as context unless hidden by layer). */
export const IsolatePayload = z.strictObject({
  muscleIds: z.array(MuscleId).min(1).max(200),
  /** @default 'both' */
  side: Side.default('both'),
});
export type IsolatePayload = z.infer<typeof IsolatePayload>;
