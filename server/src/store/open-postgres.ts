import pg from 'pg';
import { inTransaction, type Database } from './database.js';

/** PostgreSQL through a connection pool, for `DATABASE_URL` deployments. */
export const openPostgres = async (connectionString: string): Promise<Database> => {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client's network error would otherwise be an unhandled 'error' event.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query<Row & pg.QueryResultRow>(sql, params as unknown[])).rows as Row[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        return await inTransaction(
          {
            query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
              (await client.query<Row & pg.QueryResultRow>(sql, params as unknown[])).rows as Row[],
          },
          fn,
        );
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
};
