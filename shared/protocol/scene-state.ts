import { z } from 'zod';
import { MuscleId, Side } from './ids.js';
import { MusclePartSlug } from './muscle-part-id.js';
import { NamedView } from './named-view.js';

/**
 * What the student sees when sending a message; the agent's prompt carries it. Keys a newer
 * client adds are dropped, not refused.
 */
export const SceneState = z.object({
  selection: z
    .array(
      z.object({
        muscleId: MuscleId,
        side: Side,
        /** Only these parts of the muscle are highlighted (`descending`); absent: all of it. */
        parts: z.array(MusclePartSlug).max(12).optional(),
      }),
    )
    .max(400)
    .default([]),
  /** The named view closest to the camera, or null after free orbiting. */
  view: NamedView.nullable().default(null),
  layers: z
    .object({ muscles: z.boolean(), bones: z.boolean(), other: z.boolean() })
    .default({ muscles: true, bones: true, other: true }),
  isolated: z.array(MuscleId).max(400).default([]),
  xray: z.boolean().default(false),
});
export type SceneState = z.infer<typeof SceneState>;
