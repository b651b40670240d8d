/** Shorter than this, a start of a word fits too many names to be a suggestion ("ext"). */
const MIN_PREFIX = 5;

/**
 * "Latissimus", "sternocleido": the names a half-written name starts, when there are only a few.
 * A suggestion to ask about, never a match to show.
 */
export function namesStartedBy(names: readonly string[], word: string, max = 3): string[] {
  if (word.length < MIN_PREFIX) return [];
  const started = names.filter((name) => name.toLowerCase().startsWith(word) && name !== word);
  return started.length <= max ? started : [];
}
