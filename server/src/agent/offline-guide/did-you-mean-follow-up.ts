import type { ParsedRequest } from '../../language/parse-request.js';
import type { GuideInput } from './plan-context.js';

/** Words that accept the one name the last answer offered: "yes", "yeah that one". */
const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'ya', 'y', 'sure', 'correct', 'exactly', 'ok']);
/** Words that may come with the yes without asking anything else. */
const FILLER = new Set(['that', 'one', 'the', 'please', 'pls', 'i', 'did', 'do', 'mean', 'it']);
const ORDINALS: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2 };

/** The names a "Did you mean the x or the y?" question offered, in its order; none without one. */
export function offeredNames(answer: string): string[] {
  const asked = /Did you mean ([^?]+)\?/.exec(answer)?.[1];
  if (asked === undefined) return [];
  return asked
    .split(/, | or /)
    .map((name) => name.trim().replace(/^the /, ''))
    .filter((name) => name !== '');
}

/**
 * "Yes" or "the first one" after "Did you mean the gluteus medius or the gluteal muscles?": the
 * name offered, so the answer shows what the student agreed to, never another muscle.
 */
export function didYouMeanFollowUp(input: GuideInput, request: ParsedRequest): string | null {
  const { tokens } = request;
  if (tokens.length === 0 || tokens.length > 6) return null;
  if (request.mentions.some((m) => m.kind === 'muscle' || m.kind === 'group')) return null;
  const last = [...input.history].reverse().find((t) => t.role === 'assistant');
  const offered = offeredNames(last?.text ?? '');
  if (offered.length === 0) return null;
  const ordinal = tokens.find((t) => ORDINALS[t] !== undefined);
  if (ordinal !== undefined) {
    const name = offered[ORDINALS[ordinal] ?? -1];
    return name === undefined ? null : `show the ${name}`;
  }
  const agrees = tokens.some((t) => YES.has(t)) && tokens.every((t) => YES.has(t) || FILLER.has(t));
  return agrees && offered.length === 1 ? `show the ${offered[0] ?? ''}` : null;
}
