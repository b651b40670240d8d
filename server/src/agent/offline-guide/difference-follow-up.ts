import type { CatalogIndex } from '../../language/catalog-index.js';
import type { ParsedRequest } from '../../language/parse-request.js';
import { findReferents } from '../../language/referents.js';
import { inSentence } from './compose.js';
import type { GuideInput } from './plan-context.js';

/** Words that ask how two muscles differ or compare. */
const DIFFERENCE_WORDS = new Set([
  'different',
  'difference',
  'differences',
  'differ',
  'differs',
  'compare',
  'compared',
  'comparing',
  'versus',
  'vs',
  'similar',
  'unlike',
]);

/**
 * "How is it different from the biceps", "compare it with the triceps": the muscle in view and the
 * one named, asked about together, so the answer sets both side by side instead of swapping one
 * for the other.
 */
export function differenceFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  if (!request.intent.pronoun || !request.tokens.some((t) => DIFFERENCE_WORDS.has(t))) return null;
  const named = request.mentions.filter((m) => m.kind === 'muscle');
  if (named.length !== 1 || request.mentions.length !== 1) return null;
  const ids = named[0]?.ids ?? [];
  if (ids.length !== 1 || ids[0] === undefined) return null;
  const other = index.muscle(ids[0]);
  const referents = findReferents(index, input.scene, input.history);
  const current = referents?.muscles.length === 1 ? referents.muscles[0] : undefined;
  if (current === undefined || current.id === other.id) return null;
  return `what is the difference between the ${inSentence(current.name)} and the ${inSentence(other.name)}`;
}
