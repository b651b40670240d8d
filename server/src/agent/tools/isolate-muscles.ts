import { tool } from 'ai';
import { z } from 'zod';
import type { CatalogIndex } from '../../language/catalog-index.js';
import {
  describeForModel,
  missingMeshMessage,
  resolveMuscles,
  unknownMessage,
} from './resolve-muscles.js';
import { MuscleRefs, SideInput } from './tool-schemas.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const IsolateMusclesInput = z.object({ muscleIds: MuscleRefs, side: SideInput.optional() });
export type IsolateMusclesInput = z.input<typeof IsolateMusclesInput>;

/** Shows only these muscles (`model:isolate`); bones stay as context. */
export function isolateMuscles(index: CatalogIndex, input: IsolateMusclesInput): ToolOutcome {
  const resolved = resolveMuscles(index, input.muscleIds);
  if (resolved.unknown.length > 0) return fail(unknownMessage(resolved.unknown));
  const notes =
    resolved.missingMesh.length > 0 ? ` ${missingMeshMessage(resolved.missingMesh)}` : '';
  if (resolved.drawable.length === 0) return succeed(`Nothing was isolated.${notes}`);
  const side = input.side ?? 'both';
  return succeed(
    `Only these muscles are shown now: ${resolved.drawable.map(describeForModel).join(', ')}.${notes}`,
    [{ type: 'model:isolate', payload: { muscleIds: resolved.drawable.map((m) => m.id), side } }],
  );
}

export const isolateMusclesTool = (index: CatalogIndex) =>
  tool({
    description: 'Show only these muscles (bones stay).',
    inputSchema: IsolateMusclesInput,
    execute: async (input) => isolateMuscles(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
