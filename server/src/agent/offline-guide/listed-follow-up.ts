import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { CatalogIndex } from '../../language/catalog-index.js';
import { parseRequest, type ParsedRequest } from '../../language/parse-request.js';
import { findReferents, musclesNamedIn } from '../../language/referents.js';
import { inSentence, joinList } from './compose.js';
import { partnerMuscles } from './partner-muscles.js';
import type { GuideInput } from './plan-context.js';
import { ORDINALS } from '../../language/ordinals.js';

/** Words that may follow an ordinal: "the second one", "the first muscle", "the last of them". */
const AFTER_ORDINAL = new Set(['one', 'muscle', 'of', 'them', 'those', 'these']);

/** The muscles on screen or just talked about, in the order the last answer named them. */
function listedMuscles(index: CatalogIndex, input: GuideInput): Muscle[] | null {
  const referents = findReferents(index, input.scene, input.history);
  if (referents === null || referents.muscles.length < 2) return null;
  const last = [...input.history].reverse().find((t) => t.role === 'assistant');
  const order = last ? musclesNamedIn(index, last.text, true).map((m) => m.id) : [];
  const rank = (m: Muscle) => {
    const at = order.indexOf(m.id);
    return at < 0 ? order.length : at;
  };
  return [...referents.muscles].sort((a, b) => rank(a) - rank(b));
}

/**
 * "Tell me about the second one", "hide the last of them": the muscle at that place in the list
 * the last answer gave, written into the request by name.
 */
export function ordinalFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  const { tokens } = request;
  const at = tokens.findIndex(
    (t, i) => ORDINALS[t] !== undefined && AFTER_ORDINAL.has(tokens[i + 1] ?? ''),
  );
  if (at < 0 || request.mentions.some((m) => m.kind === 'muscle' || m.kind === 'group'))
    return null;
  const listed = listedMuscles(index, input);
  const place = ORDINALS[tokens[at] ?? ''];
  if (listed === null || place === undefined) return null;
  const muscle = place < 0 ? listed.at(place) : listed[place];
  if (muscle === undefined) return null;
  let end = at + 1;
  while (AFTER_ORDINAL.has(tokens[end] ?? '')) end += 1;
  return [...tokens.slice(0, at), inSentence(muscle.name), ...tokens.slice(end)].join(' ');
}

/**
 * "Show them" after "what are the antagonists of the tibialis anterior?": the partners the last
 * answer named, not the muscle already on screen (nor the partners' own partners, when that
 * answer already put the partners on screen).
 */
export function showPartnersFollowUp(
  index: CatalogIndex,
  input: GuideInput,
  request: ParsedRequest,
): string | null {
  const { intent, tokens, view } = request;
  if (!intent.show || !intent.pronoun || tokens.length > 6) return null;
  if (request.mentions.length > 0 || view.view !== null || view.lateral || view.flip) return null;
  const question = [...input.history].reverse().find((t) => t.role === 'user');
  if (question === undefined) return null;
  const asked = parseRequest(question.text, index.lexicon, index.knownActions).intent;
  const kind = asked.facts.find((k) => k === 'antagonists' || k === 'synergists');
  if (kind === undefined) return null;
  const named = musclesNamedIn(index, question.text);
  const referents = findReferents(index, input.scene, input.history)?.muscles ?? [];
  // "Show me its antagonists" put them on screen already: they are what is referred to now.
  const subjects = named.length > 0 ? named : asked.show ? [] : referents;
  const partners = subjects.length > 0 ? partnerMuscles(index.catalog, subjects, kind) : referents;
  if (partners.length === 0) return null;
  return `show the ${joinList(partners.map((m) => inSentence(m.name)))}`;
}
