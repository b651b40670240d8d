import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { loadConfig } from '../../server/src/config.js';
import { startServer } from '../../server/src/create-server.js';
import { createAnatomyExtension } from '../../server/src/http/anatomy-routes.js';
import { createWebAppExtension } from '../../server/src/http/web-app-routes.js';
import { openDatabase } from '../../server/src/store/open-database.js';
import { naiveScenePath } from './build-naive-scene.js';
import type { EventBenchAgent } from './event-bench-agent.js';

export interface BenchAppServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * The real server in this process, as users get it (built web app, built model, every channel,
 * embedded database in memory) with the timed-event agent and no limits, plus the naive scene's
 * page under `naiveScenePath`.
 */
export const startBenchAppServer = async (options: {
  agent: EventBenchAgent;
  distDir: string;
  modelDir: string;
  naiveSceneDir: string;
}): Promise<BenchAppServer> => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'anatomy-browser-bench-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SESSION_SECRET: randomBytes(24).toString('hex'),
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    ANON_DAILY_MESSAGE_LIMIT: '0',
    ANON_DAILY_ADDRESS_LIMIT: '0',
    MAX_CONCURRENT_RUNS: '0',
  });
  const database = await openDatabase({ dataDir: null });
  const server = await startServer({
    config,
    agent: options.agent,
    database,
    extensions: [
      createAnatomyExtension({ outDir: options.modelDir }),
      (app) => app.use(naiveScenePath, express.static(options.naiveSceneDir)),
      createWebAppExtension({ distDir: options.distDir }),
    ],
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
