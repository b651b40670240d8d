import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { distDir, repoRoot, webDir } from './e2e-paths.js';

const newestIn = async (target: string): Promise<number> => {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, await newestIn(path.join(target, entry)));
  }
  return newest;
};

/**
 * Builds the web app (`vite build`) unless `web/dist` is newer than every source it is made of
 * (web/ and the shared protocol and anatomy code it imports).
 */
export const ensureWebBuild = async (
  log: (line: string) => void = () => undefined,
): Promise<void> => {
  const builtAt = await newestIn(path.join(distDir, 'index.html'));
  const sources = await Promise.all(
    [
      webDir,
      path.join(repoRoot, 'shared', 'protocol'),
      path.join(repoRoot, 'shared', 'anatomy'),
    ].map(newestIn),
  );
  if (builtAt > 0 && builtAt >= Math.max(...sources)) return;
  log('building the web app (vite build)...');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'web/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output.join('')}`);
};
