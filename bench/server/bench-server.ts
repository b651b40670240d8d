import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { loadConfig } from '../../server/src/config.js';
import { startServer } from '../../server/src/create-server.js';
import { startCpuProfile } from './cpu-profile.js';
import { createSyntheticAgent } from './synthetic-agent.js';
import type { SyntheticLoad } from './synthetic-load.js';

// The real server (embedded database on disk, every channel) with the synthetic agent and no
// limits. Prints `READY <url>` when listening.
const load = JSON.parse(process.argv[2] ?? '{}') as SyntheticLoad;
const dataDir = await mkdtemp(path.join(tmpdir(), 'anatomy-bench-'));
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_IP_PER_MINUTE: '0',
  ANON_DAILY_MESSAGE_LIMIT: '0',
  // Every client of the bench comes from one address: a per-address quota would refuse them.
  ANON_DAILY_ADDRESS_LIMIT: '0',
  MAX_CONCURRENT_RUNS: '0',
  RUN_IDLE_TIMEOUT_MS: '0',
  RUN_GRACE_MS: '5000',
});
// Bench-only: collect garbage and report memory, so memory per stream is read after GC.
const gcRoute = (app: Express) =>
  app.get('/__bench/memory', (_req, res) => {
    globalThis.gc?.();
    res.json(process.memoryUsage());
  });
const server = await startServer({
  config,
  agent: createSyntheticAgent(load),
  extensions: [gcRoute],
});
const writeProfile = await startCpuProfile('server');
console.log(`READY ${server.url}`);
process.once('SIGTERM', async () => {
  await writeProfile();
  void server.close().then(() => process.exit(0));
});
