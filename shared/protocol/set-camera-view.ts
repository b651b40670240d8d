import { z } from 'zod';
import { MuscleId, Side, Vec3 } from './ids.js';
import { NamedView } from './named-view.js';
import { Region } from '../anatomy/catalog-schema.js';

/** What the camera frames: muscles (by their bounds) or a whole region. */
export const CameraFocus = z
  .strictObject({
    muscleIds: z.array(MuscleId).max(200).optional(),
    region: Region.optional(),
    /** @default 'both' */
    side: Side.default('both'),
  })
  .refine((f) => (f.muscleIds?.length ?? 0) > 0 || f.region !== undefined, {
    message: 'a focus needs muscleIds or a region',
  });
export type CameraFocus = z.infer<typeof CameraFocus>;

/**
 * `model:setCameraView`: a named view of the whole body, a focus (optionally seen from a named
 * view), or an explicit position and target in metres.
 */
export const SetCameraViewPayload = z
  .strictObject({
    view: NamedView.optional(),
    focus: CameraFocus.optional(),
    position: Vec3.optional(),
    target: Vec3.optional(),
    /** Transition length in milliseconds; 0 jumps. @default 900 */
    durationMs: z.number().int().min(0).max(10_000).default(900),
  })
  .refine((p) => (p.position === undefined) === (p.target === undefined), {
    message: 'position and target go together',
  })
  .refine((p) => p.view !== undefined || p.focus !== undefined || p.position !== undefined, {
    message: 'give a view, a focus, or a position and target',
  });
export type SetCameraViewPayload = z.infer<typeof SetCameraViewPayload>;
