import { z } from 'zod';

/** `model:setXray`: unselected structures turn translucent so deep muscles show through. */
export const SetXrayPayload = z.strictObject({
  enabled: z.boolean(),
  /** Opacity of unselected structures while x-ray is on. @default 0.25 */
  opacity: z.number().min(0.02).max(1).default(0.25),
});
export type SetXrayPayload = z.infer<typeof SetXrayPayload>;
