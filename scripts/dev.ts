import { spawn } from 'node:child_process';
import { repoRoot } from './prepare-app.js';
import { ensureAssets } from '../assets/build/ensure-assets.js';
import { resolveAssetDirs } from '../assets/build/resolve-asset-dirs.js';

// The API server (restarting on change) and Vite with HMR, which proxies the API to it.
await ensureAssets({ ...resolveAssetDirs(), log: (line) => console.log(line) });
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
