/** The value, or a test failure when it is missing. */
export const must = <T>(value: T | null | undefined, what = 'value'): T => {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
};
