import { mkdir } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { errorFields, type PgliteReply, type PgliteRequest } from './pglite-messages.js';

// The embedded database's own thread: PGlite runs PostgreSQL synchronously in WebAssembly, and on
// the main thread every statement would stop every stream for as long as it runs.
const port = parentPort;
if (!port) throw new Error('pglite-worker runs as a worker thread');
const reply = (message: PgliteReply) => port.postMessage(message);

const { dataDir } = workerData as { dataDir: string | null };
try {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ?? undefined);
  port.on('message', (request: PgliteRequest) => {
    if (request.type === 'close') {
      void pg.close().then(
        () => reply({ type: 'rows', id: request.id, rows: [] }),
        (error: unknown) => reply({ type: 'error', id: request.id, error: errorFields(error) }),
      );
      return;
    }
    // PGlite runs statements one at a time, in the order they were asked.
    pg.query(request.sql, request.params as unknown[]).then(
      (result) => {
        try {
          reply({ type: 'rows', id: request.id, rows: result.rows });
        } catch (error) {
          reply({ type: 'error', id: request.id, error: errorFields(error) });
        }
      },
      (error: unknown) => reply({ type: 'error', id: request.id, error: errorFields(error) }),
    );
  });
  reply({ type: 'ready' });
} catch (error) {
  reply({ type: 'failed', error: errorFields(error) });
}
