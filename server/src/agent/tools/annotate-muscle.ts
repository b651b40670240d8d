import { tool } from 'ai';
import { z } from 'zod';
import type { CatalogIndex } from '../../language/catalog-index.js';
import {
  describeForModel,
  missingMeshMessage,
  resolveMuscles,
  unknownMessage,
} from './resolve-muscles.js';
import { SideInput } from './tool-schemas.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const AnnotateMuscleInput = z.object({
  muscleId: z.string().min(1).max(80),
  text: z.string().max(280).nullable(),
  side: SideInput.optional(),
  annotationId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .describe('reuse to replace a label'),
});
export type AnnotateMuscleInput = z.input<typeof AnnotateMuscleInput>;

/** Pins a label on a muscle (`model:annotate`), or removes it. */
export function annotateMuscle(index: CatalogIndex, input: AnnotateMuscleInput): ToolOutcome {
  const resolved = resolveMuscles(index, [input.muscleId]);
  if (resolved.unknown.length > 0) return fail(unknownMessage(resolved.unknown));
  const muscle = resolved.drawable[0];
  if (muscle === undefined)
    return succeed(`No label was placed. ${missingMeshMessage(resolved.missingMesh)}`);
  const side = input.side ?? 'both';
  const annotationId = input.annotationId ?? `note-${muscle.id}-${side}`;
  return succeed(
    input.text === null
      ? `Label removed from ${describeForModel(muscle)}.`
      : `Label placed on ${describeForModel(muscle)}.`,
    [
      {
        type: 'model:annotate',
        payload: { annotationId, muscleId: muscle.id, side, text: input.text },
      },
    ],
  );
}

export const annotateMuscleTool = (index: CatalogIndex) =>
  tool({
    description: 'Pin a label on a muscle (text null removes it).',
    inputSchema: AnnotateMuscleInput,
    execute: async (input) => annotateMuscle(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
