import { z } from 'zod';

export const SceneLayer = z.enum(['muscles', 'bones', 'other']);
export type SceneLayer = z.infer<typeof SceneLayer>;

/** `model:setLayerVisibility`: show or hide a whole layer. */
export const SetLayerVisibilityPayload = z.strictObject({
  layer: SceneLayer,
  visible: z.boolean(),
});
export type SetLayerVisibilityPayload = z.infer<typeof SetLayerVisibilityPayload>;
