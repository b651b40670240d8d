import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The read-only folder beside the repository with upstream llama-server and the model generator
 * (LLAMA_DIR to use another).
 */
export const LLM_DIR = path.resolve(
  process.env.LLAMA_DIR ??
    path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/llm'),
);
const SERVER_BIN = path.join(LLM_DIR, 'llama-server');
const GENERATOR = path.join(LLM_DIR, 'make_model.py');

/** Why the llama.cpp tests cannot run here, or null when they can. */
export const llamaUnavailable = (): string | null => {
  if (!existsSync(SERVER_BIN) || !existsSync(GENERATOR))
    return `${LLM_DIR} has no llama-server and make_model.py`;
  const python = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
  if (python.error || python.status !== 0) return 'python3 with numpy is not installed';
  return null;
};

/**
 * The 2-layer synthetic model, generated once per generator version into the system's temporary
 * folder (never the repository) and reused by later runs.
 */
export const syntheticModel = (): string => {
  const hash = createHash('sha256').update(readFileSync(GENERATOR)).digest('hex').slice(0, 12);
  const dir = path.join(tmpdir(), `anatomy-llama-model-${hash}`);
  const model = path.join(dir, 'synth-2-layers.gguf');
  if (existsSync(model)) return model;
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `partial-${process.pid}.gguf`);
  const made = spawnSync('python3', [GENERATOR, partial], {
    env: { ...process.env, LAYERS: '2' },
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`make_model.py failed: ${made.stderr.slice(-500)}`);
  renameSync(partial, model);
  return model;
};

/** A loopback port nothing listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export interface LlamaServer {
  /** The OpenAI-compatible base URL, `http://127.0.0.1:PORT/v1`. */
  baseUrl: string;
  /** Everything the server has logged so far. */
  log: () => string;
  /** SIGKILL: the server dies mid-answer as a crash would. */
  kill: () => void;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts llama-server on a free loopback port and resolves once `/health` answers. */
export const startLlamaServer = async (options: {
  model: string;
  context: number;
}): Promise<LlamaServer> => {
  const port = await freePort();
  const child = spawn(
    SERVER_BIN,
    [
      '-m',
      options.model,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '-c',
      String(options.context),
      '-t',
      '2',
      '-np',
      '1',
      '--no-webui',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`llama-server exited early:\n${output.slice(-1000)}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`llama-server did not become healthy:\n${output.slice(-1000)}`);
    }
    await sleep(100);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    log: () => output,
    kill: () => child.kill('SIGKILL'),
    stop,
  };
};
