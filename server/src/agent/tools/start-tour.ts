import { tool } from 'ai';
import { z } from 'zod';
import { Region } from '#shared/anatomy/catalog-schema';
import type { Muscle } from '#shared/anatomy/catalog-schema';
import { NamedView } from '#shared/protocol/named-view';
import type { TourStep } from '#shared/protocol/tour';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { missingMeshMessage, resolveMuscles, unknownMessage } from './resolve-muscles.js';
import { MuscleRefs, SideInput } from './tool-schemas.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

const TourStepInput = z.object({
  caption: z.string().min(1).max(600).describe('from the catalog facts'),
  muscleIds: MuscleRefs.optional(),
  side: SideInput.optional(),
  view: NamedView.optional().describe('Where the camera looks from'),
  region: Region.optional(),
  durationMs: z.number().int().min(500).max(60_000).optional(),
});

export const StartTourInput = z.object({
  title: z.string().min(1).max(200),
  steps: z.array(TourStepInput).min(1).max(40),
});
export type StartTourInput = z.input<typeof StartTourInput>;

/** Builds a guided tour (`model:tour`): one step per stop, each with a selection, camera and caption. */
export function startTour(index: CatalogIndex, input: StartTourInput): ToolOutcome {
  const steps: z.input<typeof TourStep>[] = [];
  const missing = new Map<string, Muscle>();
  const problems: string[] = [];
  for (const [i, step] of input.steps.entries()) {
    const side = step.side ?? 'both';
    let ids: string[] = [];
    if (step.muscleIds !== undefined) {
      const resolved = resolveMuscles(index, step.muscleIds);
      if (resolved.unknown.length > 0)
        problems.push(`Step ${i + 1}: ${unknownMessage(resolved.unknown)}`);
      for (const muscle of resolved.missingMesh) missing.set(muscle.id, muscle);
      ids = resolved.drawable.map((m) => m.id);
    }
    const hasFocus = ids.length > 0 || step.region !== undefined;
    steps.push({
      caption: step.caption,
      ...(ids.length > 0 ? { select: { muscleIds: ids, side } } : {}),
      ...(hasFocus || step.view !== undefined
        ? {
            camera: {
              ...(step.view ? { view: step.view } : {}),
              ...(hasFocus
                ? {
                    focus: {
                      ...(ids.length > 0 ? { muscleIds: ids } : {}),
                      ...(step.region ? { region: step.region } : {}),
                      side,
                    },
                  }
                : {}),
            },
          }
        : {}),
      ...(step.durationMs !== undefined ? { durationMs: step.durationMs } : {}),
    });
  }
  if (problems.length > 0) return fail(problems.join(' '));
  const notes = missing.size > 0 ? ` ${missingMeshMessage([...missing.values()])}` : '';
  return succeed(
    `Tour "${input.title}" is ready with ${steps.length} steps; the student steps through it.${notes}`,
    [{ type: 'model:tour', payload: { title: input.title, steps } }],
  );
}

export const startTourTool = (index: CatalogIndex) =>
  tool({
    description: 'A guided tour: steps that each highlight and frame muscles with a caption.',
    inputSchema: StartTourInput,
    execute: async (input) => startTour(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
