// @ts-check
// Plain JavaScript on purpose: it runs before the packages (TypeScript runners included) exist.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} file */
const modifiedAt = (file) => {
  try {
    return statSync(path.join(root, file)).mtimeMs;
  } catch {
    return 0;
  }
};

// npm writes node_modules/.package-lock.json at the end of every install: when it is missing
// or older than the lock file, what is installed is not what the lock file says.
const installed = modifiedAt('node_modules/.package-lock.json');
if (installed === 0 || installed < modifiedAt('package-lock.json')) {
  console.log(
    installed === 0
      ? 'Installing packages (npm ci)…'
      : 'package-lock.json changed: reinstalling packages (npm ci)…',
  );
  const started = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed; see its output above.');
    process.exit(result.status ?? 1);
  }
  console.log(`Packages installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
