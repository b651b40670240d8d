import { z } from 'zod';
import { HexColor, MuscleId, Side, Vec3 } from './ids.js';
import { MusclePartSlug } from './muscle-part-id.js';

/** The version of the scene a share link carries; links of another version open the default. */
export const SHARE_LINK_VERSION = 1;

/**
 * A view of the model as a link carries it (in the address's `#view=` fragment, so it never
 * reaches a server): the selection with sides, colours and parts, isolation, layers, x-ray, camera
 * pose and the open info card. Never the conversation.
 */
export const ShareLink = z.strictObject({
  v: z.literal(SHARE_LINK_VERSION),
  /** Selected structures (muscles, bones or groups), in selection order. */
  sel: z
    .array(
      z.strictObject({
        id: MuscleId,
        side: Side,
        color: HexColor.nullable().default(null),
        /** Only these parts of the muscle (`descending`); absent: all of it, as older links say. */
        parts: z.array(MusclePartSlug).min(1).max(12).optional(),
      }),
    )
    .max(200)
    .default([]),
  iso: z
    .strictObject({ ids: z.array(MuscleId).min(1).max(200), side: Side })
    .nullable()
    .default(null),
  layers: z.strictObject({ muscles: z.boolean(), bones: z.boolean(), other: z.boolean() }),
  xray: z.strictObject({ on: z.boolean(), opacity: z.number().min(0).max(1) }),
  cam: z.strictObject({ position: Vec3, target: Vec3 }).nullable().default(null),
  /** The structure whose info card is open. */
  card: MuscleId.nullable().default(null),
});
export type ShareLink = z.infer<typeof ShareLink>;
