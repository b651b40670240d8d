/** The narrow SQL surface the repositories use; PGlite and PostgreSQL both provide it. */
export interface Queryable {
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs `fn` between `begin` and `commit` on one connection; rolls back when it throws. */
export const inTransaction = async <T>(
  connection: Queryable,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> => {
  await connection.query('begin');
  try {
    const result = await fn(connection);
    await connection.query('commit');
    return result;
  } catch (error) {
    await connection.query('rollback').catch(() => undefined);
    throw error;
  }
};
