import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { partMeshOf, resolvePartWords } from '../../language/muscle-part-meshes.js';
import { partsOf } from '../../language/muscle-parts.js';
import { resolveMuscles } from './resolve-muscles.js';

/** Part references a model wrote, read against the catalog. */
export interface ResolvedMuscleParts {
  /** `<muscleId>/<part>` of the parts the model draws on their own. */
  partIds: string[];
  /** The muscles of those parts, and of parts only drawable with their whole muscle. */
  muscles: Muscle[];
  /** What the model should know: a part highlighted with its whole muscle. */
  notes: string[];
  /** Why a reference could not be read, one sentence each. */
  unknown: string[];
}

/**
 * Resolves `<muscle>/<part>` references: the muscle half as `selectMuscles` reads ids and names,
 * the part half as a slug, a catalog word or a lay word ("trapezius/upper", "deltoid/rear").
 */
export function resolveMuscleParts(
  index: CatalogIndex,
  refs: readonly string[],
): ResolvedMuscleParts {
  const result: ResolvedMuscleParts = { partIds: [], muscles: [], notes: [], unknown: [] };
  for (const ref of refs) {
    const slash = ref.indexOf('/');
    const muscleRef = slash < 0 ? ref : ref.slice(0, slash);
    const muscle = resolveMuscles(index, [muscleRef]).drawable;
    const only = muscle.length === 1 ? muscle[0] : undefined;
    if (only === undefined) {
      result.unknown.push(
        `"${ref}": give one muscle in the model and its part, "<muscleId>/<part>".`,
      );
      continue;
    }
    const part = slash < 0 ? null : resolvePartWords(only, ref.slice(slash + 1));
    if (part === null) {
      const known = partsOf(only).map((p) => p.name);
      result.unknown.push(
        `"${ref}": ${only.id} has ${known.length > 0 ? `the parts ${known.join(', ')}` : 'no named parts'}.`,
      );
      continue;
    }
    if (!result.muscles.includes(only)) result.muscles.push(only);
    const { partId } = partMeshOf(only, part);
    if (partId === null)
      result.notes.push(
        `The model has no separate mesh for the ${part.name} of ${only.id}: the whole muscle is highlighted.`,
      );
    else if (!result.partIds.includes(partId)) result.partIds.push(partId);
  }
  return result;
}
