import { z } from 'zod';
import { MuscleId, Side } from './ids.js';

/** `model:annotate`: pin a label on a muscle. Same `annotationId` replaces; `text: null` removes. */
export const AnnotatePayload = z.strictObject({
  annotationId: z.string().min(1).max(64),
  muscleId: MuscleId,
  /** @default 'both' (the label sits on the left part when both sides show) */
  side: Side.default('both'),
  text: z.string().max(280).nullable(),
});
export type AnnotatePayload = z.infer<typeof AnnotatePayload>;
