import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type ServerProcess = { url: string; child: ChildProcess; kill: () => void };

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/**
 * Starts the real server (`server/src/main.ts`) in its own process and resolves with its URL
 * once it listens. `kill()` is SIGKILL: a crash, not a shutdown.
 */
export const startServerProcess = (env: Record<string, string>): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    const early = (code: number | null) => reject(new Error(`server exited early (${code})`));
    child.once('exit', early);
    child.once('exit', () => children.delete(child));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const url = /"url":"([^"]+)"/.exec(line)?.[1];
      if (!url) return;
      child.off('exit', early);
      resolve({ url, child, kill: () => child.kill('SIGKILL') });
    });
  });

/** Stops every server process this file started. */
export const stopServerProcesses = async (): Promise<void> => {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
};
