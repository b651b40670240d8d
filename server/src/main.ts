import { createPlaceholderAgent } from './agent/placeholder-agent.js';
import { loadConfig } from './config.js';
import { startServer } from './create-server.js';
import { createLogger } from './logger.js';

const log = createLogger('main');

const config = loadConfig();
const server = await startServer({ config, agent: createPlaceholderAgent() });
log.info({ url: server.url, database: server.db.kind }, 'listening');

const shutdown = (signal: string) => {
  log.info({ signal }, 'shutting down');
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
