import { describe, expect, it } from 'vitest';
import { openEventStream } from '../support/sse-client.js';
import { clusterTestUrls, guestHeaders, useTwoInstances } from './cluster-fixture.js';

const urls = clusterTestUrls();

const errorOf = (events: { event: string; data: unknown }[]) =>
  events.find((e) => e.event === 'error')?.data as { code: string } | undefined;

describe.skipIf(!urls)('limits shared by two instances', () => {
  const two = useTwoInstances(urls, 2, {
    MAX_CONCURRENT_RUNS: '1',
    RATE_LIMIT_PER_MINUTE: '3',
    OFFLINE_TOKEN_DELAY_MS: '40',
  });

  const ask = (url: string, headers: Record<string, string>, message: string) =>
    openEventStream(`${url}/model/token-stream?${new URLSearchParams({ message })}`, { headers });

  it('should count a user’s generating runs on every instance', async () => {
    const headers = await guestHeaders(two.a.url);
    const first = ask(two.a.url, headers, 'what does the deltoid do?');
    await new Promise((r) => setTimeout(r, 300));
    const second = await ask(two.b.url, headers, 'what does the biceps do?').finished;
    expect(errorOf(second)?.code).toBe('TOO_MANY_RUNS');
    first.source.close();
  });

  it('should share the per-user message rate between instances', async () => {
    const headers = await guestHeaders(two.b.url);
    const outcomes: (string | undefined)[] = [];
    for (const url of [two.a.url, two.b.url, two.a.url, two.b.url]) {
      const events = await ask(url, headers, `hello ${outcomes.length}`).finished;
      outcomes.push(errorOf(events)?.code);
    }
    expect(outcomes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
  }, 30_000);
});
