import type { CatalogIndex } from '../../language/catalog-index.js';
import type { ParsedRequest } from '../../language/parse-request.js';
import { patternVocabulary } from '../../language/phrase-pattern.js';
import { findReferents } from '../../language/referents.js';
import { COMMON_WORDS } from '../../language/stopwords.js';
import type { GuideInput } from './plan-context.js';

/**
 * "And the med?" after the glute max, "what about the lateralis" after the vastus medialis: the
 * one word left is the last word of a sibling's name, whose first words are those of the muscle
 * talked about. Returns the message with that word written out ("and the glute med?"), or null.
 */
export function completeSiblingName(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  if (request.mentions.length > 0 || request.action.pairs.length > 0) return null;
  const vocabulary = patternVocabulary();
  const open = request.tokens
    .map((token, i) => ({ token, i }))
    .filter(({ token }) => !COMMON_WORDS.has(token) && !vocabulary.has(token));
  const [word] = open;
  if (word === undefined || open.length > 1) return null;
  const subject = findReferents(index, input.scene, input.history)?.muscles[0];
  if (subject === undefined) return null;
  for (const [key, target] of index.lexicon.targets) {
    if (target.kind !== 'muscle' || !target.ids.includes(subject.id)) continue;
    const words = key.split(' ');
    if (words.length < 2) continue;
    const sibling = [...words.slice(0, -1), word.token].join(' ');
    const found = index.lexicon.targets.get(sibling);
    if (found?.kind === 'muscle' && !found.ids.includes(subject.id))
      return request.tokens.map((t, i) => (i === word.i ? sibling : t)).join(' ');
  }
  return null;
}
