import { z } from 'zod';

/** `model:resetView`: the start state: nothing selected, everything shown, anterior view. */
export const ResetViewPayload = z.strictObject({});
export type ResetViewPayload = z.infer<typeof ResetViewPayload>;
