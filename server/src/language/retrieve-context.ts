import type { Muscle, MuscleGroup } from '#shared/anatomy/catalog-schema';
import { findMusclesByAction } from '#shared/anatomy/catalog-queries';
import type { SceneState } from '#shared/protocol/scene-state';
import type { HistoryTurn } from '../agent/agent.js';
import type { CatalogIndex } from './catalog-index.js';
import { actionPhrase } from './describe-action.js';
import { formatGroupFacts, formatMuscleFacts } from './muscle-facts.js';
import { parseRequest } from './parse-request.js';
import { findReferents } from './referents.js';

/** At most this many muscles' full facts go into the prompt; the model can look up the rest. */
const MAX_MUSCLES = 10;

/** Catalog facts about what a message is about, for the model's context. */
export interface RetrievedContext {
  muscles: Muscle[];
  groups: MuscleGroup[];
  /** "Muscles that extend the knee: …", for movement questions. */
  actionLines: string[];
}

/**
 * Finds what the message is about, with the same name matching as the offline guide (typos,
 * nicknames, groups), plus "it"/"them" from the selection or the conversation, and movement
 * questions answered from the catalog's structured actions.
 */
export function retrieveContext(
  index: CatalogIndex,
  input: { message: string; scene: SceneState | null; history: readonly HistoryTurn[] },
): RetrievedContext {
  const request = parseRequest(input.message, index.lexicon, index.knownActions);
  const muscles = new Map<string, Muscle>();
  const groups = new Map<string, MuscleGroup>();
  for (const mention of request.mentions) {
    if (mention.kind === 'muscle') {
      for (const id of mention.ids) muscles.set(id, index.muscle(id));
    } else if (mention.kind === 'group') {
      const group = index.group(mention.ids[0] ?? '');
      groups.set(group.id, group);
      for (const id of group.muscles) muscles.set(id, index.muscle(id));
    }
  }
  const actionLines = request.action.pairs.map((pair) => {
    const matches = findMusclesByAction(index.catalog, pair.joint, pair.movement, {
      includeAssist: true,
    });
    const list = matches.map(
      ({ muscle, action }) =>
        `${muscle.id}${action.role === 'assist' ? ' (assists)' : ''}${muscle.hasMesh ? '' : ' (not in 3D model)'}`,
    );
    return `Muscles that ${actionPhrase(pair, 'base')}: ${list.join(', ') || 'none in the catalog'}.`;
  });
  if (muscles.size === 0 && actionLines.length === 0) {
    const referents = findReferents(index, input.scene, input.history);
    for (const muscle of referents?.muscles ?? []) muscles.set(muscle.id, muscle);
  }
  return {
    muscles: [...muscles.values()].slice(0, MAX_MUSCLES),
    groups: [...groups.values()],
    actionLines,
  };
}

/** The retrieved facts as prompt text. */
export function formatContext(index: CatalogIndex, context: RetrievedContext): string {
  const sections = [
    ...context.actionLines,
    ...context.groups.map((g) => formatGroupFacts(g, index.muscles)),
    ...context.muscles.map((m) => formatMuscleFacts(m, index.groups)),
  ];
  return sections.length > 0
    ? sections.join('\n\n')
    : '(nothing specific matched; use lookupMuscles if needed)';
}
