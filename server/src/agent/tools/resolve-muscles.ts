import type { Muscle, MuscleGroup } from '#shared/anatomy/catalog-schema';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { editDistance } from '../../language/edit-distance.js';
import { tokenize } from '../../language/tokenize.js';

/** The muscles a list of ids stands for, sorted into drawable, not drawable and unknown. */
export interface ResolvedMuscles {
  /** Muscles with a mesh, in the order given, each once. */
  drawable: Muscle[];
  /** Muscles the catalog knows but the 3D model has no mesh for. */
  missingMesh: Muscle[];
  unknown: { input: string; suggestions: Muscle[] }[];
  /** Groups that were expanded into their members. */
  groups: MuscleGroup[];
}

/**
 * Resolves catalog ids (also exact names, and group ids, expanded to their members). Anything else
 * is unknown, with the closest catalog muscles as suggestions.
 */
export function resolveMuscles(index: CatalogIndex, inputs: readonly string[]): ResolvedMuscles {
  const result: ResolvedMuscles = { drawable: [], missingMesh: [], unknown: [], groups: [] };
  const seen = new Set<string>();
  const addMuscle = (muscle: Muscle) => {
    if (seen.has(muscle.id)) return;
    seen.add(muscle.id);
    (muscle.hasMesh ? result.drawable : result.missingMesh).push(muscle);
  };
  for (const raw of inputs) {
    const input = raw.trim().toLowerCase();
    const muscle = index.muscles.get(input);
    if (muscle !== undefined) {
      addMuscle(muscle);
      continue;
    }
    const group = index.groups.get(input) ?? groupByName(index, input);
    if (group !== undefined) {
      result.groups.push(group);
      for (const id of group.muscles) addMuscle(index.muscle(id));
      continue;
    }
    const byName = index.lexicon.targets.get(tokenize(input).join(' '));
    if (byName?.kind === 'muscle') {
      for (const id of byName.ids) addMuscle(index.muscle(id));
      continue;
    }
    result.unknown.push({ input: raw, suggestions: suggestMuscles(index, raw) });
  }
  return result;
}

const groupByName = (index: CatalogIndex, input: string): MuscleGroup | undefined => {
  const target = index.lexicon.targets.get(tokenize(input).join(' '));
  return target?.kind === 'group' ? index.groups.get(target.ids[0] ?? '') : undefined;
};

/**
 * The catalog muscles closest to a misspelt or invented id: by edit distance to the id, name,
 * synonyms and nicknames, relative to length, and by shared words.
 */
export function suggestMuscles(index: CatalogIndex, input: string, limit = 3): Muscle[] {
  const query = tokenize(input).join(' ');
  if (query === '') return [];
  const queryWords = new Set(query.split(' ').filter((w) => w.length >= 4));
  const scored: { muscle: Muscle; score: number }[] = [];
  for (const muscle of index.muscles.values()) {
    let best = Number.POSITIVE_INFINITY;
    for (const phrase of [muscle.id, muscle.name, ...muscle.synonyms, ...muscle.nicknames]) {
      const candidate = tokenize(phrase).join(' ');
      const distance = editDistance(
        query,
        candidate,
        Math.ceil(Math.max(query.length, candidate.length) / 2),
      );
      best = Math.min(best, distance / Math.max(query.length, candidate.length));
      const shared = candidate.split(' ').filter((w) => queryWords.has(w)).length;
      if (shared > 0) best = Math.min(best, 0.45 - 0.05 * shared);
    }
    if (best <= 0.45) scored.push({ muscle, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.muscle.id.localeCompare(b.muscle.id));
  return scored.slice(0, limit).map((s) => s.muscle);
}

/** `biceps-brachii (Biceps brachii)`, the way tool messages name muscles to the model. */
export const describeForModel = (muscle: Muscle): string => `${muscle.id} (${muscle.name})`;

/** The message for ids the catalog does not know: what was wrong and what to use instead. */
export function unknownMessage(unknown: ResolvedMuscles['unknown']): string {
  const lines = unknown.map(({ input, suggestions }) =>
    suggestions.length > 0
      ? `"${input}" is not a catalog muscle id. Close matches: ${suggestions.map(describeForModel).join(', ')}.`
      : `"${input}" is not a catalog muscle id and nothing in the catalog is close; use lookupMuscles to search by name.`,
  );
  return `${lines.join(' ')} Nothing was changed in the viewer. Call the tool again with catalog ids.`;
}

/** The note for muscles the 3D model cannot show. */
export const missingMeshMessage = (muscles: readonly Muscle[]): string =>
  `Not in this 3D model (no mesh, so not shown; tell the student plainly and do not substitute another muscle): ${muscles.map(describeForModel).join(', ')}.`;
