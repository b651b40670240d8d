import { z } from 'zod';
import { HexColor, MuscleId, Side } from './ids.js';
import { MusclePartId, parseMusclePartId } from './muscle-part-id.js';

/**
 * `model:selectMuscles`: highlight muscles, replacing, adding to or removing from the selection.
 * Keys a newer sender adds are dropped, not refused, so old payloads and new ones both parse.
 */
export const SelectMusclesPayload = z
  .object({
    muscleIds: z.array(MuscleId).min(1).max(200),
    /** @default 'both' */
    side: Side.default('both'),
    /** @default 'replace' */
    mode: z.enum(['replace', 'add', 'remove']).default('replace'),
    /** Highlight colour; the viewer's default highlight when absent. */
    color: HexColor.optional(),
    /**
     * Only these parts (`<muscleId>/<part>`, e.g. `trapezius/descending`) of their muscles; a
     * muscle of `muscleIds` with no part here is meant whole. Absent: every muscle whole.
     */
    partIds: z.array(MusclePartId).max(200).optional(),
  })
  .refine(
    (p) =>
      (p.partIds ?? []).every((id) => p.muscleIds.includes(parseMusclePartId(id)?.muscleId ?? '')),
    { message: 'every part must belong to one of muscleIds', path: ['partIds'] },
  );
export type SelectMusclesPayload = z.infer<typeof SelectMusclesPayload>;
