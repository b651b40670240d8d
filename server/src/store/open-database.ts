import path from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrations.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

/**
 * PostgreSQL when a URL is given, else the embedded PGlite in `<dataDir>/pglite` (or in memory
 * when `dataDir` is null); migrated to the latest schema either way.
 */
export const openDatabase = async (options: {
  databaseUrl?: string | undefined;
  dataDir: string | null;
}): Promise<Database> => {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ? path.join(options.dataDir, 'pglite') : null);
  await migrate(db);
  return db;
};
