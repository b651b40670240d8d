import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../support/sse-client.js';
import { stopServerProcesses, type ServerProcess } from '../support/server-process.js';
import { waitFor } from '../support/util.js';
import {
  clusterTestUrls,
  createClusterFixture,
  guestHeaders,
  type ClusterFixture,
} from './cluster-fixture.js';

const urls = clusterTestUrls();

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A Redis of this file's own, so it can be stopped and started again. */
const startRedis = async (port: number): Promise<ChildProcess> => {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const { Redis } = await import('ioredis');
  const probe = new Redis({ port, lazyConnect: true, maxRetriesPerRequest: 0 });
  probe.on('error', () => undefined);
  await waitFor(
    () =>
      probe.ping().then(
        () => true,
        () => false,
      ),
    'redis to start',
  );
  probe.disconnect();
  return child;
};

describe.skipIf(!urls)('an instance whose Redis goes away', () => {
  let cluster: ClusterFixture;
  let redis: ChildProcess;
  let port: number;
  let instance: ServerProcess;
  let headers: Record<string, string>;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    cluster = await createClusterFixture(
      { database: (urls as NonNullable<typeof urls>).database, redis: `redis://127.0.0.1:${port}` },
      0,
      { OFFLINE_TOKEN_DELAY_MS: '2' },
    );
    instance = await cluster.start();
    headers = await guestHeaders(instance.url);
  }, 60_000);
  afterAll(async () => {
    await stopServerProcesses();
    await cluster?.close();
    redis?.kill('SIGKILL');
  });

  const ask = (message: string) =>
    openEventStream(`${instance.url}/model/token-stream?${new URLSearchParams({ message })}`, {
      headers,
    }).finished;

  it('should refuse new messages with a clear retryable error, stay up, and recover', async () => {
    expect((await ask('what does the deltoid do?')).at(-1)?.data).toMatchObject({
      status: 'complete',
    });

    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));
    const refused = await ask('what does the biceps do?');
    expect(refused.map((e) => e.event)).toEqual(['error', 'done']);
    expect(refused[0]?.data).toMatchObject({ code: 'STORE_FAILED', retryable: true });
    expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);

    redis = await startRedis(port);
    await waitFor(
      async () => (await ask('what does the trapezius do?')).at(-1)?.event === 'done',
      'answers again',
      20_000,
    );
    const again = await ask('what does the triceps do?');
    expect(again.at(-1)?.data).toMatchObject({ status: 'complete' });
  }, 60_000);
});
