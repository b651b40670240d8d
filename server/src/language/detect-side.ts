import type { Side } from '#shared/protocol/ids';
import { compilePattern, findTagged, type PhrasePattern } from './phrase-pattern.js';

/** A side named in a message ("my left bicep", "on both sides"), and where. */
export interface SideWord {
  side: Side;
  start: number;
  end: number;
}

const patterns: { pattern: PhrasePattern; tag: Side }[] = (
  [
    ['both', '?on both ?sides'],
    ['both', 'each|either side'],
    ['both', 'bilateral|bilaterally'],
    ['both', 'left and|or right'],
    ['both', 'right and|or left'],
    ['left', 'left ?hand side|sided'],
    ['left', 'left'],
    ['right', 'right ?hand side|sided'],
    ['right', 'right'],
  ] as const
).map(([tag, source]) => ({ pattern: compilePattern(source), tag }));

/**
 * Finds the body sides a message names, outside the words already explained (`blocked`: "from the
 * left" is a camera direction, not the left muscles). The body's own left and right, as in
 * anatomy: "my left bicep" is the left biceps brachii.
 */
export function detectSides(
  tokens: readonly string[],
  blocked: ReadonlySet<number> = new Set(),
): SideWord[] {
  return findTagged(tokens, patterns, blocked)
    .filter((span) => !isIdiom(tokens, span))
    .map(({ tag, start, end }) => ({ side: tag, start, end }));
}

const notSideBefore = new Set([
  'what',
  'all',
  'that',
  'thats',
  'youre',
  'is',
  'exactly',
  'whats',
  'anything',
  'nothing',
  'was',
]);
const notSideAfter = new Set(['now', 'away', 'there', 'here', 'after', 'before', 'over']);

/** "All right", "right now", "what's left" name no side. */
const isIdiom = (tokens: readonly string[], span: { start: number; end: number }): boolean =>
  span.end - span.start === 1 &&
  (notSideBefore.has(tokens[span.start - 1] ?? '') || notSideAfter.has(tokens[span.end] ?? ''));
