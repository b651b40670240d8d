import { tool } from 'ai';
import { z } from 'zod';
import type { CatalogIndex } from '../../language/catalog-index.js';
import {
  describeForModel,
  missingMeshMessage,
  resolveMuscles,
  unknownMessage,
} from './resolve-muscles.js';
import { resolveMuscleParts } from './resolve-muscle-parts.js';
import { colorHelp, MuscleRefs, resolveColor, SideInput } from './tool-schemas.js';
import { fail, succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const SelectMusclesInput = z.object({
  muscleIds: MuscleRefs,
  side: SideInput.optional(),
  mode: z.enum(['replace', 'add', 'remove']).optional().describe('default replace'),
  color: z.string().optional().describe(`#rrggbb or a colour name; omit for the default`),
  partIds: z
    .array(z.string().min(1).max(120))
    .max(60)
    .optional()
    .describe('e.g. "trapezius/descending", "deltoid/rear"'),
});
export type SelectMusclesInput = z.input<typeof SelectMusclesInput>;

/** Highlights muscles (`model:selectMuscles`) after checking every id against the catalog. */
export function selectMuscles(index: CatalogIndex, input: SelectMusclesInput): ToolOutcome {
  const resolved = resolveMuscles(index, input.muscleIds);
  if (resolved.unknown.length > 0) return fail(unknownMessage(resolved.unknown));
  let color: string | undefined;
  if (input.color !== undefined) {
    const hex = resolveColor(input.color);
    if (hex === null) return fail(`"${input.color}" is not a colour I can use: give ${colorHelp}.`);
    color = hex;
  }
  const parts = resolveMuscleParts(index, input.partIds ?? []);
  if (parts.unknown.length > 0) return fail(parts.unknown.join(' '));
  for (const muscle of parts.muscles)
    if (!resolved.drawable.includes(muscle)) resolved.drawable.push(muscle);
  const side = input.side ?? 'both';
  const mode = input.mode ?? 'replace';
  const notes = [
    ...(resolved.missingMesh.length > 0 ? [missingMeshMessage(resolved.missingMesh)] : []),
    ...parts.notes,
    ...(parts.partIds.length > 0 ? [`Only these parts: ${parts.partIds.join(', ')}.`] : []),
  ]
    .map((note) => ` ${note}`)
    .join('');
  if (resolved.drawable.length === 0) {
    return succeed(`Nothing was highlighted.${notes}`);
  }
  const verb =
    mode === 'remove'
      ? 'Removed from the selection'
      : mode === 'add'
        ? 'Added to the selection'
        : 'Selected';
  return succeed(
    `${verb} (${side === 'both' ? 'both sides' : `${side} side`}): ${resolved.drawable.map(describeForModel).join(', ')}.${notes}`,
    [
      {
        type: 'model:selectMuscles',
        payload: {
          muscleIds: resolved.drawable.map((m) => m.id),
          side,
          mode,
          ...(color ? { color } : {}),
          ...(parts.partIds.length > 0 ? { partIds: parts.partIds } : {}),
        },
      },
    ],
  );
}

export const selectMusclesTool = (index: CatalogIndex) =>
  tool({
    description:
      'Highlight muscles by catalog muscle or group ids ("biceps-brachii", "rotator-cuff"); partIds for parts only. "The other side" of a one-sided selection: the same muscles, opposite side.',
    inputSchema: SelectMusclesInput,
    execute: async (input) => selectMuscles(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
