import { AppError } from '../errors/app-error.js';
import type { RunRegistry } from './run-registry.js';

/**
 * Shutdown's drain: every run generating here ends as interrupted (as a crash would leave it,
 * so clients may try again), and gets up to `waitMs` to save its partial answer and send
 * `error` + `done` before the sockets close.
 */
export const interruptLiveRuns = async (registry: RunRegistry, waitMs: number): Promise<void> => {
  for (const run of registry.live())
    void run.cancel(new AppError('INTERRUPTED', 'The server is shutting down; try again shortly.'));
  const deadline = Date.now() + waitMs;
  while (registry.live().length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
};
