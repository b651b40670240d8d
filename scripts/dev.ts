import { spawn } from 'node:child_process';
import { repoRoot } from './prepare-app.js';
import { ensureAssets } from '../assets/build/ensure-assets.js';
import path from 'node:path';

// The API server (restarting on change) and Vite with HMR, which proxies the API to it.
await ensureAssets({
  sourceDir:
    process.env.ANATOMY_SOURCE_DIR ??
    path.resolve(repoRoot, '..', 'shared', 'anatomy', 'bodyparts3d'),
  outDir: path.resolve(repoRoot, process.env.ASSETS_OUT_DIR ?? path.join('assets', 'out')),
  log: (line) => console.log(line),
});
const children = [
  spawn('npx', ['tsx', 'watch', 'server/src/main.ts'], { cwd: repoRoot, stdio: 'inherit' }),
  spawn('npx', ['vite', '--config', 'web/vite.config.ts'], { cwd: repoRoot, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) child.once('exit', stop);
