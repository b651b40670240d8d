import { tool } from 'ai';
import { z } from 'zod';
import { SceneLayer } from '#shared/protocol/set-layer-visibility';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const SetLayerVisibilityInput = z.object({
  layer: SceneLayer.describe('other = tendons, cartilage'),
  visible: z.boolean(),
});
export type SetLayerVisibilityInput = z.input<typeof SetLayerVisibilityInput>;

/** Shows or hides a whole layer (`model:setLayerVisibility`). */
export const setLayerVisibility = (input: SetLayerVisibilityInput): ToolOutcome =>
  succeed(`The ${input.layer} layer is ${input.visible ? 'shown' : 'hidden'}.`, [
    { type: 'model:setLayerVisibility', payload: { layer: input.layer, visible: input.visible } },
  ]);

export const setLayerVisibilityTool = () =>
  tool({
    description: 'Show or hide a whole layer.',
    inputSchema: SetLayerVisibilityInput,
    execute: async (input) => setLayerVisibility(input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
