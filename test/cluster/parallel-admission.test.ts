import { describe, expect, it } from 'vitest';
import { openEventStream } from '../support/sse-client.js';
import { clusterTestUrls, guestHeaders, useTwoInstances } from './cluster-fixture.js';

const urls = clusterTestUrls();

/** What one start ended with: its error code, or "generating" once it streams text. */
const outcomeOf = (events: { event: string; data: unknown }[]) => {
  const error = events.find((e) => e.event === 'error')?.data as { code: string } | undefined;
  return error?.code ?? (events.some((e) => e.event === 'token') ? 'generating' : 'nothing');
};

describe.skipIf(!urls)('parallel starts split across two instances', () => {
  const two = useTwoInstances(urls, 6, {
    MAX_CONCURRENT_RUNS: '3',
    // Long enough that every start is admitted while the first answers still stream.
    OFFLINE_TOKEN_DELAY_MS: '200',
  });

  const burst = async (headers: Record<string, string>, count: number) => {
    const streams = Array.from({ length: count }, (_, i) =>
      openEventStream(
        `${(i % 2 === 0 ? two.a : two.b).url}/model/token-stream?${new URLSearchParams({
          message: `what does the deltoid do? (${i})`,
        })}`,
        { headers, stopWhen: (e) => e.event === 'token' || e.event === 'error' },
      ),
    );
    return (await Promise.all(streams.map((s) => s.finished))).map(outcomeOf);
  };
  const tally = (outcomes: string[]) =>
    outcomes.reduce<Record<string, number>>((counts, outcome) => {
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      return counts;
    }, {});

  it('should let exactly the per-user cap run, wherever the starts land, round after round', async () => {
    for (let round = 0; round < 5; round += 1) {
      const headers = await guestHeaders(two.a.url);
      expect(tally(await burst(headers, 15))).toEqual({ generating: 3, TOO_MANY_RUNS: 12 });
    }
  }, 90_000);
});
