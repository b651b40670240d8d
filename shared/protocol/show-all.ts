import { z } from 'zod';

/** `model:showAll`: undo isolation and per-muscle hiding; layers are left as they are. */
export const ShowAllPayload = z.strictObject({});
export type ShowAllPayload = z.infer<typeof ShowAllPayload>;
