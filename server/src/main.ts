import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Agent } from './agent/agent.js';
import { createAgent, describeAgentConfig } from './agent/create-agent.js';
import { loadAppConfig } from './config.js';
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

/** The address to type in a browser: a server on every interface is on localhost too. */
const browserUrl = (host: string, port: number) =>
  `http://${['0.0.0.0', '::', '127.0.0.1', '::1'].includes(host) ? 'localhost' : host}:${port}`;

/** Runs the whole app from the environment: API, sockets, the model and the web app. */
export const main = async (options: MainOptions = {}) => {
  const { server: config, agent: agentConfig, assets } = loadAppConfig();
  const agent = options.agent ?? createAgent(agentConfig);
  log.info(
    options.agent
      ? `assistant: ${agent.provider} ${agent.model}`
      : describeAgentConfig(agentConfig),
  );
  const server = await startServer({
    config,
    agent,
    extensions: [
      createAnatomyExtension({
        outDir: assets.outDir,
        unavailableMessage: options.modelUnavailableMessage,
      }),
      createWebAppExtension({ distDir: path.resolve(import.meta.dirname, '../../web/dist') }),
    ],
  });
  log.info({ url: server.url, database: server.db.kind }, 'listening');
  log.info(`Open ${browserUrl(config.HOST, server.port)}`);

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
