import { tool } from 'ai';
import { z } from 'zod';
import { Joint, Movement } from '#shared/anatomy/catalog-schema';
import { findMusclesByAction as queryByAction } from '#shared/anatomy/catalog-queries';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { actionPhrase } from '../../language/describe-action.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const FindMusclesByActionInput = z.object({
  joint: Joint,
  movement: Movement,
  includeAssist: z
    .boolean()
    .optional()
    .describe('Also list muscles that only assist; default true'),
});
export type FindMusclesByActionInput = z.input<typeof FindMusclesByActionInput>;

/** Which muscles perform a movement at a joint, prime movers first; changes nothing on screen. */
export function findMusclesByAction(
  index: CatalogIndex,
  input: FindMusclesByActionInput,
): ToolOutcome {
  const matches = queryByAction(index.catalog, input.joint, input.movement, {
    includeAssist: input.includeAssist ?? true,
  });
  if (matches.length === 0) {
    return fail(`The catalog lists no muscle that does ${input.movement} at the ${input.joint}.`);
  }
  const lines = matches.map(
    ({ muscle, action }) =>
      `- ${muscle.id} (${muscle.name}): ${action.role === 'assist' ? 'assists' : 'prime mover'}${action.note ? `, ${action.note}` : ''}${muscle.hasMesh ? '' : '; NOT IN THE 3D MODEL'}`,
  );
  return succeed(`Muscles that ${actionPhrase(input, 'base')}:\n${lines.join('\n')}`);
}

export const findMusclesByActionTool = (index: CatalogIndex) =>
  tool({
    description:
      'Which muscles perform a movement at a joint, from the catalog (mind its direction). Changes nothing on screen.',
    inputSchema: FindMusclesByActionInput,
    execute: async (input) => findMusclesByAction(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
