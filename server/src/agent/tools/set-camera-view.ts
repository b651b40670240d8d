import { tool } from 'ai';
import { z } from 'zod';
import { Region } from '#shared/anatomy/catalog-schema';
import { NamedView } from '#shared/protocol/named-view';
import type { CatalogIndex } from '../../language/catalog-index.js';
import {
  describeForModel,
  missingMeshMessage,
  resolveMuscles,
  unknownMessage,
} from './resolve-muscles.js';
import { MuscleRefs, SideInput } from './tool-schemas.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const SetCameraViewInput = z.object({
  view: NamedView.optional().describe('Where the camera looks FROM (posterior = behind)'),
  muscleIds: MuscleRefs.optional(),
  region: Region.optional(),
  side: SideInput.optional(),
  durationMs: z.number().int().min(0).max(10_000).optional(),
});
export type SetCameraViewInput = z.input<typeof SetCameraViewInput>;

/** Moves the camera (`model:setCameraView`): a named view, a focus on muscles or a region, or both. */
export function setCameraView(index: CatalogIndex, input: SetCameraViewInput): ToolOutcome {
  const side = input.side ?? 'both';
  let focusIds: string[] = [];
  let notes = '';
  if (input.muscleIds !== undefined) {
    const resolved = resolveMuscles(index, input.muscleIds);
    if (resolved.unknown.length > 0) return fail(unknownMessage(resolved.unknown));
    focusIds = resolved.drawable.map((m) => m.id);
    if (resolved.missingMesh.length > 0) notes = ` ${missingMeshMessage(resolved.missingMesh)}`;
    if (focusIds.length === 0 && input.view === undefined && input.region === undefined) {
      return succeed(`The camera did not move.${notes}`);
    }
  }
  if (input.view === undefined && focusIds.length === 0 && input.region === undefined) {
    return fail('Give a view, muscleIds to frame, or a region.');
  }
  const focus =
    focusIds.length > 0 || input.region !== undefined
      ? {
          ...(focusIds.length > 0 ? { muscleIds: focusIds } : {}),
          ...(input.region ? { region: input.region } : {}),
          side,
        }
      : undefined;
  const framed =
    focusIds.length > 0
      ? focusIds.map((id) => describeForModel(index.muscle(id))).join(', ')
      : input.region;
  return succeed(
    `Camera: ${input.view ?? 'current direction'}${framed ? `, framing ${framed}` : ', whole body'}.${notes}`,
    [
      {
        type: 'model:setCameraView',
        payload: {
          ...(input.view ? { view: input.view } : {}),
          ...(focus ? { focus } : {}),
          ...(input.durationMs !== undefined ? { durationMs: input.durationMs } : {}),
        },
      },
    ],
  );
}

export const setCameraViewTool = (index: CatalogIndex) =>
  tool({
    description:
      'Move the camera: a named view, a frame around muscles or a region (lay places too: "back of the knee"), or both.',
    inputSchema: SetCameraViewInput,
    execute: async (input) => setCameraView(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
