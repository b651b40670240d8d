import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { costPerToken, type ProcCounters } from './cost-per-token.js';
import type { LoadJob, LoadResult } from './load-client.js';
import type { SyntheticLoad } from './synthetic-load.js';

export type Target = {
  child: ChildProcess;
  url: string;
  /** The embedded database's thread, when asked for (see `startTarget`'s `databaseThread`). */
  databaseThread?: { tid: number; cpuSeconds: number; core: number | null };
};

/** The thread of `pid` other than its main one that has used the most CPU so far. */
const busiestOtherThread = async (pid: number) => {
  let busiest: { tid: number; cpuSeconds: number } | null = null;
  for (const task of await readdir(`/proc/${pid}/task`)) {
    const tid = Number(task);
    if (tid === pid) continue;
    const stat = await readFile(`/proc/${pid}/task/${task}/stat`, 'utf8').catch(() => '');
    const fields = stat.split(') ')[1]?.split(' ') ?? [];
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100;
    if (Number.isFinite(cpuSeconds) && (!busiest || cpuSeconds > busiest.cpuSeconds))
      busiest = { tid, cpuSeconds };
  }
  return busiest;
};

/** A process's counters (`/proc/<pid>`), or one thread's (`/proc/<pid>/task/<tid>`). */
const procStat = async (pid: number | string): Promise<ProcCounters & { rssKb: number }> => {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  // Bytes handed to write(2)/writev(2), sockets included, and how many calls.
  const io = await readFile(`/proc/${pid}/io`, 'utf8').catch(() => '');
  return {
    cpuTicks: Number(stat[11]) + Number(stat[12]),
    rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
    writtenBytes: Number(/wchar:\s+(\d+)/.exec(io)?.[1] ?? Number.NaN),
    writeCalls: Number(/syscw:\s+(\d+)/.exec(io)?.[1] ?? Number.NaN),
  };
};

export type MemoryKb = { rss: number; heap: number };

/**
 * The target's memory in KB right after a full garbage collection: resident (what the goal is
 * about) and JavaScript heap plus external buffers (what the process holds, whatever V8 has
 * already reserved from the system).
 */
export const memoryAfterGc = async (url: string): Promise<MemoryKb> => {
  const memory = (await (await fetch(`${url}/__bench/memory`)).json()) as {
    rss: number;
    heapUsed: number;
    external: number;
  };
  return { rss: memory.rss / 1024, heap: (memory.heapUsed + memory.external) / 1024 };
};

/**
 * The bench's processes: targets (a server under test) and load generators, each its own
 * process, pinned to a core with `taskset` when `pin` is set. Every child dies with the bench.
 */
export const createBenchProcesses = (options: { root: string; pin: boolean }) => {
  const children = new Set<ChildProcess>();
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
  const pinned = (core: number, args: string[]): [string, string[]] =>
    options.pin ? ['taskset', ['-c', String(core), ...args]] : [args[0] as string, args.slice(1)];

  return {
    /**
     * Starts a target script and waits for its `READY <url>` line. With `databaseThread`, the
     * target's busiest thread other than the main one is taken for the embedded database's: it
     * has run the database's start-up and migrations by then (seconds of CPU; no other thread
     * comes close). With its `core` (and pinning) that thread is moved there, as a deployment
     * gives the database a core of its own.
     */
    startTarget: async (
      script: string,
      load: SyntheticLoad,
      settings: {
        core?: number;
        env?: Record<string, string>;
        databaseThread?: { core?: number | undefined };
      } = {},
    ): Promise<Target> => {
      const target = await new Promise<Target>((resolve, reject) => {
        const [command, args] = pinned(settings.core ?? 0, [
          process.execPath,
          '--expose-gc',
          '--import',
          'tsx',
          path.join(options.root, script),
          JSON.stringify(load),
        ]);
        const child = spawn(command, args, {
          cwd: options.root,
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, ...settings.env },
        });
        children.add(child);
        child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
        createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
          if (line.startsWith('READY ')) resolve({ child, url: line.slice(6) });
        });
      });
      const pid = target.child.pid;
      const thread =
        settings.databaseThread && pid !== undefined ? await busiestOtherThread(pid) : null;
      if (!thread) return target;
      const core = options.pin ? (settings.databaseThread?.core ?? null) : null;
      if (core !== null)
        await promisify(execFile)('taskset', ['-p', '-c', String(core), String(thread.tid)]);
      return { ...target, databaseThread: { ...thread, core } };
    },

    /** Ends a target (SIGTERM: it closes cleanly) and waits for it. */
    stopTarget: (target: Target) =>
      new Promise<void>((resolve) => {
        target.child.removeAllListeners('exit');
        target.child.once('exit', () => resolve());
        target.child.kill('SIGTERM');
        setTimeout(() => target.child.kill('SIGKILL'), 5000).unref();
      }),

    /**
     * Runs one load level in its own process on core 1. Returns its result, the CPU the targets
     * used meanwhile (per target, % of one core), and for idle jobs the first target's memory
     * after GC while every stream is open.
     */
    runLoad: async (targets: Target[], job: LoadJob) => {
      const pids = targets.map((t) => t.child.pid as number);
      const database = targets[0]?.databaseThread
        ? `${pids[0]}/task/${targets[0].databaseThread.tid}`
        : null;
      const before = await Promise.all(pids.map(procStat));
      const databaseBefore = database ? await procStat(database).catch(() => null) : null;
      const started = Date.now();
      const [command, args] = pinned(1, [
        process.execPath,
        '--max-old-space-size=4096',
        '--import',
        'tsx',
        path.join(options.root, 'bench/server/load-client.ts'),
        JSON.stringify(job),
      ]);
      const child = spawn(command, args, {
        cwd: options.root,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.add(child);
      let result: LoadResult | null = null;
      let openSeen = false;
      let idleMemory: MemoryKb | null = null;
      for await (const line of createInterface({ input: child.stdout as NodeJS.ReadableStream })) {
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as LoadResult;
        if (line === 'OPEN' && job.idle) {
          openSeen = true;
          await new Promise((r) => setTimeout(r, 500));
          idleMemory = await memoryAfterGc(targets[0]?.url ?? job.url);
          child.kill('SIGTERM');
        }
      }
      children.delete(child);
      const after = await Promise.all(pids.map(procStat));
      const databaseAfter = database ? await procStat(database).catch(() => null) : null;
      const tokens = job.idle ? 0 : job.clients * job.load.tokens;
      const seconds = (Date.now() - started) / 1000;
      const cpuPercentEach = after.map(
        (a, i) => ((a.cpuTicks - (before[i]?.cpuTicks ?? 0)) / 100 / seconds) * 100,
      );
      return {
        result,
        cpuPercent: cpuPercentEach.reduce((sum, n) => sum + n, 0),
        cpuPercentEach,
        /** The first target's cost per token the agent streamed (idle jobs stream none). */
        perToken: costPerToken(
          before[0] ?? { cpuTicks: 0, writtenBytes: 0, writeCalls: 0 },
          after[0] ?? { cpuTicks: 0, writtenBytes: 0, writeCalls: 0 },
          tokens,
        ),
        /** The part of it on the embedded database's thread, when the target has one. */
        databasePerToken:
          databaseBefore && databaseAfter
            ? costPerToken(databaseBefore, databaseAfter, tokens)
            : null,
        idleMemory,
        openSeen,
      };
    },
  };
};
