import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../../server/src/config.js';
import {
  startServer,
  type RunningServer,
  type ServerOptions,
} from '../../server/src/create-server.js';
import type { Agent } from '../../server/src/agent/agent.js';
import type { Database } from '../../server/src/store/database.js';
import { openDatabase } from '../../server/src/store/open-database.js';

/**
 * A database of its own for one test file: a fresh PostgreSQL database when TEST_DATABASE_URL is
 * set (CI runs the suite on both), else an in-memory PGlite. `close()` drops it.
 */
export const openTestDatabase = async (): Promise<Database> => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return openDatabase({ dataDir: null });
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  return {
    ...db,
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
};

export const truncateAll = async (db: Database): Promise<void> => {
  await db.query('truncate threads, messages cascade');
};

export const testConfig = (overrides: Partial<Record<keyof Config, string>> = {}): Config =>
  loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    SSE_HEARTBEAT_MS: '15000',
    SESSION_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    // Limits are off unless a test is about them.
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    ANON_DAILY_MESSAGE_LIMIT: '0',
    MAX_CONCURRENT_RUNS: '0',
    ANON_DAILY_ADDRESS_LIMIT: '0',
    SOCKET_EVENTS_PER_SECOND: '0',
    ...overrides,
  });

/** A real server on an ephemeral port. */
export const startTestServer = (options: {
  agent: Agent;
  database?: Database;
  config?: Partial<Record<keyof Config, string>>;
  extensions?: ServerOptions['extensions'];
}): Promise<RunningServer> =>
  startServer({
    config: testConfig(options.config),
    agent: options.agent,
    database: options.database,
    extensions: options.extensions,
  });
