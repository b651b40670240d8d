import type { z } from 'zod';
import { AppError } from './app-error.js';

/** `safeParse` at the edge: the data, or an `INVALID_REQUEST` naming what was wrong. */
export const parseOrThrow = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.invalid(result.error, what);
  return result.data;
};
