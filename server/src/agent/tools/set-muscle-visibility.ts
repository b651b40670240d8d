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

export const SetMuscleVisibilityInput = z.object({
  muscleIds: MuscleRefs,
  visible: z.boolean(),
  side: SideInput.optional(),
});
export type SetMuscleVisibilityInput = z.input<typeof SetMuscleVisibilityInput>;

/** Hides or shows particular muscles (`model:setMuscleVisibility`). */
export function setMuscleVisibility(
  index: CatalogIndex,
  input: SetMuscleVisibilityInput,
): ToolOutcome {
  const resolved = resolveMuscles(index, input.muscleIds);
  if (resolved.unknown.length > 0) return fail(unknownMessage(resolved.unknown));
  const notes =
    resolved.missingMesh.length > 0 ? ` ${missingMeshMessage(resolved.missingMesh)}` : '';
  if (resolved.drawable.length === 0) return succeed(`Nothing changed.${notes}`);
  const side = input.side ?? 'both';
  return succeed(
    `${input.visible ? 'Shown' : 'Hidden'}: ${resolved.drawable.map(describeForModel).join(', ')}.${notes}`,
    [
      {
        type: 'model:setMuscleVisibility',
        payload: { muscleIds: resolved.drawable.map((m) => m.id), visible: input.visible, side },
      },
    ],
  );
}

export const setMuscleVisibilityTool = (index: CatalogIndex) =>
  tool({
    description: 'Hide muscles (to see deeper ones) or show them again.',
    inputSchema: SetMuscleVisibilityInput,
    execute: async (input) => setMuscleVisibility(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
