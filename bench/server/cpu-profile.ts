import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/**
 * BENCH_CPU_PROFILE=<file>: a CPU profile of a bench target's main thread for the whole run,
 * written when the bench stops it (open it in Chrome DevTools). The server writes `<file>`, the
 * baseline `<file>` with `.baseline` before its extension, so one bench run profiles both. It
 * slows the target; figures from such a run are not figures. Returns what writes it (a no-op
 * without the variable).
 */
export const startCpuProfile = async (
  target: 'server' | 'baseline',
): Promise<() => Promise<void>> => {
  const file = process.env.BENCH_CPU_PROFILE;
  if (!file) return () => Promise.resolve();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const out = target === 'server' ? file : file.replace(/(\.[^./]*)?$/, '.baseline$1');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(out, JSON.stringify(profile));
  };
};
