import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTsWorker } from '../workers/start-ts-worker.js';
import { inTransaction, type Database, type Queryable } from './database.js';
import {
  errorFrom,
  type PgliteErrorFields,
  type PgliteReply,
  type PgliteRequest,
} from './pglite-messages.js';

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

// The worker module beside this one, with this module's extension (.ts under tsx, .js if built).
const workerEntry = new URL(
  `./pglite-worker${path.extname(fileURLToPath(import.meta.url))}`,
  import.meta.url,
);

/**
 * The embedded database: PostgreSQL compiled to WASM, stored in `dataDir` (memory when null),
 * run on its own thread (see pglite-worker.ts). Statements run in the order they are asked; a
 * transaction holds back other statements until it ends, as one connection would.
 */
export const openPglite = async (dataDir: string | null): Promise<Database> => {
  const worker = startTsWorker(workerEntry, { dataDir });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopped: Error | null = null;

  // An idle database thread must not keep the process alive; a pending statement does.
  worker.unref();
  const settle = (id: number, outcome: { rows: unknown[] } | { error: Error }) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    if ('rows' in outcome) waiting.resolve(outcome.rows);
    else waiting.reject(outcome.error);
  };
  const stop = (error: Error) => {
    stopped ??= error;
    for (const id of [...pending.keys()]) settle(id, { error });
  };

  await new Promise<void>((resolve, reject) => {
    const failed = (fields: PgliteErrorFields) =>
      reject(new Error(`The embedded database could not open: ${fields.message}`));
    worker.on('message', (message: PgliteReply) => {
      if (message.type === 'ready') resolve();
      else if (message.type === 'failed') failed(message.error);
      else if (message.type === 'rows') settle(message.id, { rows: message.rows });
      else settle(message.id, { error: errorFrom(message.error) });
    });
    worker.on('error', (error) => {
      failed({ message: error.message });
      stop(new Error(`The embedded database stopped: ${error.message}`));
    });
    worker.on('exit', (code) => {
      failed({ message: `exited with code ${code}` });
      stop(new Error('The embedded database is closed'));
    });
  });

  const ask = (
    request: { type: 'query'; sql: string; params: readonly unknown[] } | { type: 'close' },
  ): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      const message: PgliteRequest = { ...request, id };
      worker.postMessage(message);
    });
  const run = async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
    (await ask({ type: 'query', sql, params })) as Row[];

  // While a transaction runs, other statements wait for it to end.
  let transactionEnded: Promise<void> | null = null;
  const outsideTransactions = async () => {
    while (transactionEnded) await transactionEnded;
  };

  const query: Queryable['query'] = async (sql, params) => {
    await outsideTransactions();
    return run(sql, params);
  };

  return {
    kind: 'pglite',
    query,
    transaction: async (fn) => {
      await outsideTransactions();
      let end!: () => void;
      transactionEnded = new Promise((resolve) => (end = resolve));
      try {
        return await inTransaction({ query: run }, fn);
      } finally {
        transactionEnded = null;
        end();
      }
    },
    close: async () => {
      await outsideTransactions();
      if (stopped) return;
      await ask({ type: 'close' });
      stopped = new Error('The embedded database is closed');
      await worker.terminate();
    },
  };
};
