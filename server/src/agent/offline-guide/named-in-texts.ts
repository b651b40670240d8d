import type { Muscle } from '#shared/anatomy/catalog-schema';

/** Where a muscle's catalog text names a structure: the end that is on it, or its description. */
export type NamedWhere = 'origin' | 'insertion' | 'summary';

export interface NamedIn {
  muscle: Muscle;
  where: NamedWhere;
}

/** Words too common to identify a structure by ("the", "muscle", "tendon" alone). */
const MIN_LENGTH = 5;

/**
 * The muscles whose origin, insertion or summary names every one of `words` (whole words): the
 * iliotibial tract, the pes anserinus, the bicipital aponeurosis are no muscles of the catalog,
 * but its texts say which muscles attach to them.
 */
export function musclesNaming(muscles: readonly Muscle[], words: readonly string[]): NamedIn[] {
  const wanted = words.filter((w) => w.length >= MIN_LENGTH);
  if (wanted.length === 0) return [];
  const names = (text: string) =>
    wanted.every((w) => new RegExp(`(^|[^a-z])${w}($|[^a-z])`).test(text.toLowerCase()));
  const found: NamedIn[] = [];
  for (const muscle of muscles) {
    const where: NamedWhere | null = names(muscle.origin)
      ? 'origin'
      : names(muscle.insertion)
        ? 'insertion'
        : names(muscle.summary)
          ? 'summary'
          : null;
    if (where !== null) found.push({ muscle, where });
  }
  return found;
}
