/** A copy of `record` without `key` (the same object when the key is absent). */
export const withoutKey = <T>(
  record: Readonly<Record<string, T>>,
  key: string,
): Record<string, T> => {
  if (!(key in record)) return record as Record<string, T>;
  const { [key]: _removed, ...rest } = record;
  return rest;
};
