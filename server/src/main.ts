import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveAssetDirs } from '../../assets/build/resolve-asset-dirs.js';
import type { Agent } from './agent/agent.js';
import { createAgentFromEnv, describeAgentFromEnv } from './agent/create-agent.js';
import { loadConfig } from './config.js';
import { startServer } from './create-server.js';
import { createAnatomyExtension } from './http/anatomy-routes.js';
import { createWebAppExtension } from './http/web-app-routes.js';
import { createLogger } from './logger.js';

const log = createLogger('main');

export type MainOptions = {
  /** What the UI says when there is no model (the asset build's own one-line message). */
  modelUnavailableMessage?: string;
  agent?: Agent;
};

/** Runs the whole app from the environment: API, sockets, the model and the web app. */
export const main = async (options: MainOptions = {}) => {
  const config = loadConfig();
  const { outDir } = resolveAssetDirs({}, process.env);
  const agent = options.agent ?? createAgentFromEnv(process.env);
  log.info(
    options.agent
      ? `assistant: ${agent.provider} ${agent.model}`
      : describeAgentFromEnv(process.env),
  );
  const server = await startServer({
    config,
    agent,
    extensions: [
      createAnatomyExtension({ outDir, unavailableMessage: options.modelUnavailableMessage }),
      createWebAppExtension({ distDir: path.resolve(import.meta.dirname, '../../web/dist') }),
    ],
  });
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
  return server;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
