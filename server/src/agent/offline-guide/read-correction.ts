import { negatedWords } from './negated-words.js';
import type { ParsedRequest } from '../../language/parse-request.js';
import { CORRECTING } from '../../language/detect-intent.js';

/**
 * A correction names what the student does not mean and what they do: "don't show the biceps,
 * show the triceps", "not the quads, the hamstrings", "no, not that one, the right one". The
 * request keeps only what is meant, and the "no" / "don't" of the correction is not a request to
 * hide. Without something meant besides the negated part ("don't show the bones"), the request
 * is unchanged.
 */
export function withoutNegatedParts(request: ParsedRequest, message: string): ParsedRequest {
  // "Show the quads, no wait, the hamstrings": what follows the correction is what is meant.
  const corrected = request.tokens.findIndex(
    (t, i) => i > 0 && t === 'no' && CORRECTING.has(request.tokens[i + 1] ?? ''),
  );
  if (corrected > 0 && request.mentions.some((m) => m.start > corrected))
    return { ...request, mentions: request.mentions.filter((m) => m.start > corrected) };
  // "Show everything except the biceps": everything back, then the biceps hidden.
  const except = request.tokens.findIndex((t) => t === 'except' || t === 'apart');
  if (
    except !== -1 &&
    request.intent.showAll &&
    request.mentions.some((m) => m.start > except && (m.kind === 'muscle' || m.kind === 'group'))
  ) {
    return { ...request, intent: { ...request.intent, hide: true, isolate: false, show: false } };
  }
  const negated = negatedWords(message);
  if (negated === null) return request;
  // "The hamstrings but not the biceps femoris": what follows "but not" is left out of what came
  // before, not a correction of it (the caller leaves it out).
  const butNot = request.tokens.findIndex((t, i) => t === 'but' && request.tokens[i + 1] === 'not');
  if (
    butNot > 0 &&
    request.mentions.some(
      (m) => m.start < butNot && (m.kind === 'muscle' || m.kind === 'group' || m.kind === 'region'),
    )
  )
    return request;
  const isNegated = (text: string) => text.split(' ').every((word) => negated.has(word));
  const names = request.mentions.filter((m) => m.kind === 'muscle' || m.kind === 'group');
  const meant = request.mentions.filter((m) => !isNegated(m.text));
  const meantName = meant.some((m) => m.kind === 'muscle' || m.kind === 'group');
  const meantSide = request.side !== null && !negated.has(request.side);
  const correction =
    (names.length > meant.filter((m) => m.kind === 'muscle' || m.kind === 'group').length &&
      meantName) ||
    (names.length === 0 && meantSide && negated.size > 0 && !request.intent.layers.length);
  if (!correction) return request;
  return {
    ...request,
    mentions: meant,
    intent: { ...request.intent, hide: false, remove: false, isolate: false },
  };
}
