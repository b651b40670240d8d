import { z } from 'zod';

/** `model:clearSelection`: nothing highlighted afterwards. */
export const ClearSelectionPayload = z.strictObject({});
export type ClearSelectionPayload = z.infer<typeof ClearSelectionPayload>;
