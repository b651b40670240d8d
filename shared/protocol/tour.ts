import { z } from 'zod';
import { MuscleId, Side } from './ids.js';
import { SetCameraViewPayload } from './set-camera-view.js';

export const TourStep = z.strictObject({
  caption: z.string().min(1).max(600),
  camera: SetCameraViewPayload.optional(),
  select: z
    .strictObject({
      muscleIds: z.array(MuscleId).min(1).max(200),
      /** @default 'both' */
      side: Side.default('both'),
    })
    .optional(),
  /** How long the step stays before the next one when playing. @default 4000 */
  durationMs: z.number().int().min(500).max(60_000).default(4000),
});
export type TourStep = z.infer<typeof TourStep>;

/** `model:tour`: ordered steps, each with a view, a selection and a caption. */
export const TourPayload = z.strictObject({
  title: z.string().min(1).max(200),
  steps: z.array(TourStep).min(1).max(40),
});
export type TourPayload = z.infer<typeof TourPayload>;
