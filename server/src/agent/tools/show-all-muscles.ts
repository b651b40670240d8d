import { tool } from 'ai';
import { z } from 'zod';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const ShowAllMusclesInput = z.object({});
export type ShowAllMusclesInput = z.input<typeof ShowAllMusclesInput>;

/** Undoes isolation and hidden muscles (`model:showAll`). */
export const showAllMuscles = (): ToolOutcome =>
  succeed('Every muscle is shown again (layers unchanged).', [
    { type: 'model:showAll', payload: {} },
  ]);

export const showAllMusclesTool = () =>
  tool({
    description: 'Show every muscle again (undo isolate or hide).',
    inputSchema: ShowAllMusclesInput,
    execute: async () => showAllMuscles(),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
