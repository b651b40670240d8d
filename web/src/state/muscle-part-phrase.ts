/**
 * The selected parts of a muscle in words, for names beside it: `['descending']` → "descending
 * part", `['long-head', 'short-head']` → "long head, short head"; '' for a whole muscle.
 */
export const musclePartPhrase = (parts: readonly string[] | undefined): string =>
  (parts ?? [])
    .map((slug) => (slug.endsWith('-head') ? slug.replace(/-/g, ' ') : `${slug} part`))
    .join(', ');
