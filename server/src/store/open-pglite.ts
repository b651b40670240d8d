import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** The embedded database: PostgreSQL compiled to WASM, stored in `dataDir` (memory when null). */
export const openPglite = async (dataDir: string | null): Promise<Database> => {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ?? undefined);
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
      (await q.query<Row>(sql, params as unknown[])).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
};
