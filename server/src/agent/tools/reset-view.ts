import { tool } from 'ai';
import { z } from 'zod';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const ResetViewInput = z.object({});
export type ResetViewInput = z.input<typeof ResetViewInput>;

/** Back to the start state (`model:resetView`). */
export const resetView = (): ToolOutcome =>
  succeed('Viewer reset: nothing selected, everything shown, front view.', [
    { type: 'model:resetView', payload: {} },
  ]);

export const resetViewTool = () =>
  tool({
    description: 'Reset everything: no selection, all shown, front view.',
    inputSchema: ResetViewInput,
    execute: async () => resetView(),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
