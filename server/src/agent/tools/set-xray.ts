import { tool } from 'ai';
import { z } from 'zod';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const SetXrayInput = z.object({
  enabled: z.boolean(),
  opacity: z
    .number()
    .min(0.02)
    .max(1)
    .optional()
    .describe('Opacity of unselected structures while x-ray is on; default 0.25'),
});
export type SetXrayInput = z.input<typeof SetXrayInput>;

/** Turns x-ray on or off (`model:setXray`): unselected structures turn translucent. */
export const setXray = (input: SetXrayInput): ToolOutcome =>
  succeed(`X-ray ${input.enabled ? 'on' : 'off'}.`, [
    {
      type: 'model:setXray',
      payload: {
        enabled: input.enabled,
        ...(input.opacity !== undefined ? { opacity: input.opacity } : {}),
      },
    },
  ]);

export const setXrayTool = () =>
  tool({
    description:
      'Turn x-ray on (unselected structures become translucent, so deep muscles show through) or off.',
    inputSchema: SetXrayInput,
    execute: async (input) => setXray(input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
