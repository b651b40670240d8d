import { tool } from 'ai';
import { z } from 'zod';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const SetXrayInput = z.object({
  enabled: z.boolean(),
  opacity: z.number().min(0.02).max(1).optional().describe('default 0.25'),
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
    description: 'X-ray on or off: the rest turns translucent, deep muscles show.',
    inputSchema: SetXrayInput,
    execute: async (input) => setXray(input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
