import type { z } from 'zod';
import { AppError } from './app-error.js';
import { logDroppedKeys } from './dropped-keys.js';

/**
 * `safeParse` at the edge: the data, or an `INVALID_REQUEST` naming what was wrong. Unknown keys
 * are dropped by the schemas (never merged into anything), and noted at debug level.
 */
export const parseOrThrow = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.invalid(result.error, what);
  logDroppedKeys(input, result.data, what);
  return result.data;
};
