import { tool } from 'ai';
import { z } from 'zod';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const ClearSelectionInput = z.object({});
export type ClearSelectionInput = z.input<typeof ClearSelectionInput>;

/** Un-highlights everything (`model:clearSelection`). */
export const clearSelection = (): ToolOutcome =>
  succeed('Selection cleared.', [{ type: 'model:clearSelection', payload: {} }]);

export const clearSelectionTool = () =>
  tool({
    description: 'Remove every highlight.',
    inputSchema: ClearSelectionInput,
    execute: async () => clearSelection(),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
