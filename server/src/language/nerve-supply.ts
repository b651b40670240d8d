import type { Catalog, Muscle } from '#shared/anatomy/catalog-schema';
import { COMMON_WORDS } from './stopwords.js';

/** Words before "nerve" that do not name one: "which nerve", "the same nerve", "its nerve". */
const NOT_NERVE_NAMES = new Set(
  'what which whose same its their this that the a an my your main motor spinal cranial nerve'.split(
    ' ',
  ),
);

/** A nerve named in a message: its name words ("femoral", "deep fibular"), and where they are. */
export type NerveMention = { name: string; start: number; end: number };

/** "The femoral nerve", "deep peroneal nerve": the name before "nerve", up to three words. */
export const findNerve = (tokens: readonly string[]): NerveMention | null => {
  const at = tokens.findIndex((t) => t === 'nerve' || t === 'nerves');
  if (at <= 0) return null;
  let start = at;
  while (
    start > Math.max(0, at - 3) &&
    !NOT_NERVE_NAMES.has(tokens[start - 1] ?? '') &&
    !COMMON_WORDS.has(tokens[start - 1] ?? '')
  )
    start -= 1;
  if (start === at) return null;
  const name = tokens
    .slice(start, at)
    .map((t) => (t === 'peroneal' ? 'fibular' : t))
    .join(' ');
  return { name, start, end: at + 1 };
};

/** A muscle's nerve text in the words a student uses: "deep fibular (peroneal) nerve" reads "deep fibular nerve". */
const supplyText = (muscle: Muscle) =>
  muscle.innervation
    .toLowerCase()
    .replace(/\s*\(peroneal\)/g, '')
    .replace(/-/g, ' ');

/**
 * The muscles the catalog says `name` supplies: "<name> nerve" in their nerve text, or "(<name>)"
 * after a branch ("posterior interosseous nerve (radial)"). A nerve the text calls an occasional
 * extra ("sometimes also a branch of the obturator nerve") does not count. Tries the whole name,
 * then without its first words ("common fibular" finds the "fibular" branches too).
 */
export const musclesSuppliedBy = (catalog: Catalog, name: string): Muscle[] => {
  const words = name.split(' ');
  for (let from = 0; from < words.length; from += 1) {
    const tail = words.slice(from).join(' ');
    const found = catalog.muscles.filter((muscle) => {
      const text = supplyText(muscle);
      const at = Math.max(text.indexOf(`${tail} nerve`), text.indexOf(`(${tail})`));
      return at !== -1 && !text.slice(0, at).includes('sometimes');
    });
    if (found.length > 0) return found;
  }
  return [];
};
