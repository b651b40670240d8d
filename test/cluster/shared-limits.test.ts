import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../support/sse-client.js';
import { stopServerProcesses, type ServerProcess } from '../support/server-process.js';
import {
  clusterTestUrls,
  createClusterFixture,
  guestHeaders,
  type ClusterFixture,
} from './cluster-fixture.js';

const urls = clusterTestUrls();

const errorOf = (events: { event: string; data: unknown }[]) =>
  events.find((e) => e.event === 'error')?.data as { code: string } | undefined;

describe.skipIf(!urls)('limits shared by two instances', () => {
  let cluster: ClusterFixture;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    cluster = await createClusterFixture(urls as NonNullable<typeof urls>, 2, {
      MAX_CONCURRENT_RUNS: '1',
      RATE_LIMIT_PER_MINUTE: '3',
      OFFLINE_TOKEN_DELAY_MS: '40',
    });
    [a, b] = await Promise.all([cluster.start(), cluster.start()]);
  }, 60_000);
  afterAll(async () => {
    await stopServerProcesses();
    await cluster?.close();
  });

  const ask = (url: string, headers: Record<string, string>, message: string) =>
    openEventStream(`${url}/model/token-stream?${new URLSearchParams({ message })}`, { headers });

  it('should count a user’s generating runs on every instance', async () => {
    const headers = await guestHeaders(a.url);
    const first = ask(a.url, headers, 'what does the deltoid do?');
    await new Promise((r) => setTimeout(r, 300));
    const second = await ask(b.url, headers, 'what does the biceps do?').finished;
    expect(errorOf(second)?.code).toBe('TOO_MANY_RUNS');
    first.source.close();
  });

  it('should share the per-user message rate between instances', async () => {
    const headers = await guestHeaders(b.url);
    const outcomes: (string | undefined)[] = [];
    for (const url of [a.url, b.url, a.url, b.url]) {
      const events = await ask(url, headers, `hello ${outcomes.length}`).finished;
      outcomes.push(errorOf(events)?.code);
    }
    expect(outcomes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
  }, 30_000);
});
