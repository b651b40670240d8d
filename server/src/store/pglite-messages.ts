/** What the database thread is asked: a statement, or to close. */
export type PgliteRequest =
  | { id: number; type: 'query'; sql: string; params: readonly unknown[] }
  | { id: number; type: 'close' };

/** A database error's fields (message, SQLSTATE `code`, detail…), as plain data. */
export type PgliteErrorFields = { message: string } & Record<string, string | number | boolean>;

/** What the database thread answers: `ready` once open, then one reply per request. */
export type PgliteReply =
  | { type: 'ready' }
  | { type: 'failed'; error: PgliteErrorFields }
  | { type: 'rows'; id: number; rows: unknown[] }
  | { type: 'error'; id: number; error: PgliteErrorFields };

/** Keeps an error's message and its primitive fields; a worker cannot post the error itself. */
export const errorFields = (error: unknown): PgliteErrorFields => {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: PgliteErrorFields = { message: error.message };
  for (const [key, value] of Object.entries(error))
    if (['string', 'number', 'boolean'].includes(typeof value))
      fields[key] = value as string | number | boolean;
  return fields;
};

export const errorFrom = (fields: PgliteErrorFields): Error =>
  Object.assign(new Error(fields.message), fields);
