import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.js';
import { createStreamTailer, type StreamEntry } from '../../server/src/cluster/stream-tailer.js';
import { waitFor } from '../support/util.js';
import { clusterTestUrls } from './cluster-fixture.js';

const urls = clusterTestUrls();

describe.skipIf(!urls)('createStreamTailer on a real Redis', () => {
  let redis: Redis;
  beforeAll(async () => {
    const url = new URL((urls as NonNullable<typeof urls>).redis);
    url.pathname = '/4';
    redis = new Redis(url.toString());
    await redis.flushdb();
  });
  afterAll(() => redis.quit());

  it('should follow many streams on one connection, in order, from the given id', async () => {
    // A block far longer than the test: only CLIENT UNBLOCK can make a new follow take effect.
    const tailer = createStreamTailer({
      control: redis,
      log: createLogger('test'),
      blockMs: 120_000,
    });
    const seen: Record<string, string[]> = { one: [], two: [] };
    const collect = (name: string) => (entries: StreamEntry[]) =>
      seen[name]?.push(...entries.map((e) => e.fields.v ?? ''));

    await redis.xadd('s:one', '0-1', 'v', 'before');
    tailer.follow('s:one', '0-1', collect('one'));
    await redis.xadd('s:one', '0-2', 'v', 'a');
    await waitFor(() => seen.one?.length === 1, 'the first stream');

    // Followed while the reader is blocked on the first one.
    tailer.follow('s:two', '0-0', collect('two'));
    for (let i = 0; i < 50; i += 1) {
      await redis.xadd('s:two', '*', 'v', String(i));
      if (i % 10 === 0) await redis.xadd('s:one', `0-${3 + i}`, 'v', `b${i}`);
    }
    await waitFor(() => seen.two?.length === 50 && seen.one?.length === 6, 'both streams');
    expect(seen.two).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(seen.one).toEqual(['a', 'b0', 'b10', 'b20', 'b30', 'b40']);

    tailer.unfollow('s:one');
    await redis.xadd('s:two', '*', 'v', 'last');
    await waitFor(() => seen.two?.length === 51, 'the stream still followed');
    await tailer.close();
  }, 10_000);
});
