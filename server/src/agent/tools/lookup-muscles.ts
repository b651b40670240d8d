import { tool } from 'ai';
import { z } from 'zod';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { formatGroupFacts, formatMuscleFacts } from '../../language/muscle-facts.js';
import { findMentions } from '../../language/match-entities.js';
import { tokenize } from '../../language/tokenize.js';
import { describeForModel, suggestMuscles } from './resolve-muscles.js';
import { succeed, toToolModelOutput, type ToolOutcome } from './tool-outcome.js';

export const LookupMusclesInput = z.object({
  names: z
    .array(z.string().min(1).max(120))
    .min(1)
    .max(8)
    .describe('names as the student wrote them ("lats")'),
});
export type LookupMusclesInput = z.input<typeof LookupMusclesInput>;

/** Catalog facts for names, nicknames and ids (typos tolerated); changes nothing in the viewer. */
export function lookupMuscles(index: CatalogIndex, input: LookupMusclesInput): ToolOutcome {
  const sections: string[] = [];
  for (const name of input.names) {
    const direct = index.muscles.get(name.trim().toLowerCase()) ?? null;
    const group = index.groups.get(name.trim().toLowerCase()) ?? null;
    if (direct !== null) {
      sections.push(formatMuscleFacts(direct, index.groups));
      continue;
    }
    if (group !== null) {
      sections.push(formatGroupFacts(group, index.muscles));
      continue;
    }
    const mentions = findMentions(tokenize(name), index.lexicon).filter(
      (m) => m.kind === 'muscle' || m.kind === 'group',
    );
    if (mentions.length === 0) {
      const suggestions = suggestMuscles(index, name);
      sections.push(
        `"${name}": not in the catalog.${suggestions.length > 0 ? ` Close: ${suggestions.map(describeForModel).join(', ')}.` : ''}`,
      );
      continue;
    }
    for (const mention of mentions) {
      for (const id of mention.ids) {
        sections.push(
          mention.kind === 'muscle'
            ? formatMuscleFacts(index.muscle(id), index.groups)
            : formatGroupFacts(index.group(id), index.muscles),
        );
      }
    }
  }
  return succeed(sections.join('\n\n'));
}

export const lookupMusclesTool = (index: CatalogIndex) =>
  tool({
    description:
      'Catalog facts (attachments, nerve, blood supply, actions, in the 3D model or not) and ids for muscles or groups by name. An unknown name comes back with close matches: ask which one is meant.',
    inputSchema: LookupMusclesInput,
    execute: async (input) => lookupMuscles(index, input),
    toModelOutput: ({ output }) => toToolModelOutput(output),
  });
