/** A span of tokens, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A compiled word pattern. Written as space-separated slots: each slot lists alternatives with
 * "|", a leading "?" makes it optional, and "*" matches any one word. "from ?the back|rear"
 * matches "from the back" and "from rear".
 */
export type PhrasePattern = readonly { words: ReadonlySet<string> | null; optional: boolean }[];

const vocabulary = new Set<string>();

/** Every word some compiled pattern names: the words the parser understands besides names. */
export const patternVocabulary = (): ReadonlySet<string> => vocabulary;

export function compilePattern(source: string): PhrasePattern {
  for (const word of source.replace(/[?*]/g, ' ').split(/[\s|]+/))
    if (word !== '') vocabulary.add(word);
  return source
    .trim()
    .split(/\s+/)
    .map((slot) => {
      const optional = slot.startsWith('?');
      const body = optional ? slot.slice(1) : slot;
      return { words: body === '*' ? null : new Set(body.split('|')), optional };
    });
}

/** Several patterns at once: `anyPattern('show me', 'display')`. */
export const anyPattern = (...sources: string[]): PhrasePattern[] => sources.map(compilePattern);

const NOTHING_BLOCKED: ReadonlySet<number> = new Set();

/** The end of a match of `pattern` from slot `slot` at token `at`, longest first; null if none. */
function matchFrom(
  tokens: readonly string[],
  pattern: PhrasePattern,
  blocked: ReadonlySet<number>,
  slot: number,
  at: number,
): number | null {
  const slotPattern = pattern[slot];
  if (slotPattern === undefined) return at;
  const { words, optional } = slotPattern;
  const token = tokens[at];
  if (token !== undefined && !blocked.has(at) && (words === null || words.has(token))) {
    const end = matchFrom(tokens, pattern, blocked, slot + 1, at + 1);
    if (end !== null) return end;
  }
  return optional ? matchFrom(tokens, pattern, blocked, slot + 1, at) : null;
}

/** Where the pattern matches starting exactly at `start`, longest first; null when it does not. */
export function matchAt(
  tokens: readonly string[],
  start: number,
  pattern: PhrasePattern,
  blocked: ReadonlySet<number> = NOTHING_BLOCKED,
): Span | null {
  // Most patterns fail on their first word: check it before recursing.
  const first = pattern[0];
  const token = tokens[start];
  if (first !== undefined && !first.optional && first.words !== null) {
    if (token === undefined || !first.words.has(token)) return null;
  }
  const end = matchFrom(tokens, pattern, blocked, 0, start);
  return end === null || end === start ? null : { start, end };
}

/** Every non-overlapping match of any of the tagged patterns, left to right, longest first. */
export function findTagged<T>(
  tokens: readonly string[],
  entries: readonly { pattern: PhrasePattern; tag: T }[],
  blocked: ReadonlySet<number> = NOTHING_BLOCKED,
): (Span & { tag: T })[] {
  const found: (Span & { tag: T })[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: (Span & { tag: T }) | null = null;
    for (const { pattern, tag } of entries) {
      const span = matchAt(tokens, i, pattern, blocked);
      if (span !== null && (best === null || span.end > best.end)) best = { ...span, tag };
    }
    if (best === null) {
      i += 1;
    } else {
      found.push(best);
      i = best.end;
    }
  }
  return found;
}

/** Every non-overlapping match of any of the patterns, scanning left to right. */
export const findPatterns = (
  tokens: readonly string[],
  patterns: readonly PhrasePattern[],
  blocked: ReadonlySet<number> = new Set(),
): Span[] =>
  findTagged(
    tokens,
    patterns.map((pattern) => ({ pattern, tag: null })),
    blocked,
  ).map(({ start, end }) => ({ start, end }));

/** True when any of the patterns matches anywhere. */
export const hasPattern = (
  tokens: readonly string[],
  patterns: readonly PhrasePattern[],
  blocked?: ReadonlySet<number>,
): boolean => findPatterns(tokens, patterns, blocked).length > 0;

/** Marks the tokens of each span as used. */
export const consume = (into: Set<number>, spans: readonly Span[]): void => {
  for (const { start, end } of spans) for (let i = start; i < end; i++) into.add(i);
};
