import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorBody } from '#shared/protocol/error-code';
import type { SseMessage } from '#shared/protocol/sse-events';
import { waitFor } from '../../../test/support/util.js';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';
import { RemoteRun } from '../runs/remote-run.js';
import { createRunRegistry, type RunRegistry } from '../runs/run-registry.js';
import { LocalRun } from '../runs/local-run.js';
import type { Run, RunInit } from '../runs/run.js';
import { redisKeys } from './redis-keys.js';
import { cancelReason, createRunCluster, type RunCluster } from './run-cluster.js';
import { createStreamTailer, type StreamTailer } from './stream-tailer.js';

const redisUrl = process.env.TEST_REDIS_URL;
/** A Redis database of this file's own, so it can run beside the cluster tests. */
const REDIS_DB = 9;
const GRACE_MS = 60_000;

const log = {
  warn: vi.fn(),
  error: vi.fn(),
  info: vi.fn(),
  debug: vi.fn(),
} as unknown as Logger;

type Instance = {
  id: string;
  redis: Redis;
  tailer: StreamTailer;
  registry: RunRegistry;
  cluster: RunCluster;
};

const runInit = (overrides: Partial<RunInit> = {}): RunInit => ({
  id: randomUUID(),
  threadId: randomUUID(),
  userId: 'user-1',
  userMessageId: randomUUID(),
  assistantMessageId: randomUUID(),
  message: 'What does the biceps do?',
  scene: null,
  pairKey: null,
  requestId: null,
  regenerate: false,
  createdAt: 1000,
  ...overrides,
});

const metadata = (run: Run): SseMessage => ({
  event: 'metadata',
  data: {
    thread_id: run.init.threadId,
    run_id: run.id,
    user_message_id: run.init.userMessageId,
    message_id: run.init.assistantMessageId,
    provider: 'test',
    model: 'test',
    offline: false,
    protocol_version: '1',
  },
});

/** Resolves once the run has appended `done`. */
const done = (run: Run): Promise<void> =>
  new Promise((resolve) => {
    run.subscribe(-1, (entry) => {
      if (entry.message.event === 'done') resolve();
    });
  });

describe.skipIf(!redisUrl)('the run cluster on a real Redis (needs TEST_REDIS_URL)', () => {
  let control: Redis;
  const instances: Instance[] = [];

  const instance = (id: string): Instance => {
    const url = new URL(redisUrl as string);
    url.pathname = `/${REDIS_DB}`;
    const redis = new Redis(url.toString());
    const tailer = createStreamTailer({ control: redis, log });
    const registry = createRunRegistry({ graceMs: GRACE_MS, pairWindowMs: 30_000, now: () => 0 });
    const cluster = createRunCluster({
      redis,
      tailer,
      registry,
      instanceId: id,
      log,
      graceMs: GRACE_MS,
      pairWindowMs: 30_000,
      now: () => 2000,
    });
    const made = { id, redis, tailer, registry, cluster };
    instances.push(made);
    return made;
  };

  /** A run generated on `owner`, shared as the run service shares it. */
  const publishedRun = (owner: Instance, overrides: Partial<RunInit> = {}) => {
    const run = new LocalRun(runInit(overrides));
    owner.registry.add(run);
    owner.cluster.publish(run);
    run.append(metadata(run));
    return run;
  };

  const sharedLog = async (runId: string) =>
    (await control.xrange(redisKeys.runLog(runId), '-', '+')).map(([id, fields]) => [
      id,
      fields[1],
    ]);

  beforeAll(async () => {
    const url = new URL(redisUrl as string);
    url.pathname = `/${REDIS_DB}`;
    control = new Redis(url.toString());
    await control.flushdb();
  });
  afterEach(async () => {
    for (const made of instances.splice(0)) {
      await made.tailer.close();
      made.registry.clear();
      made.redis.disconnect();
    }
  });
  afterAll(() => control.quit());

  it('should mirror a run of one instance on another: its log so far, then live, to its end', async () => {
    const a = instance('instance-a');
    const b = instance('instance-b');
    const run = publishedRun(a);
    run.append({ event: 'token', data: { content: 'The biceps ' } });
    await waitFor(async () => (await sharedLog(run.id)).length === 2, 'the shared log');
    expect(await b.cluster.activeRunId(run.init.threadId)).toBe(run.id);

    // Two lookups at once share one mirror.
    const [mirrored, again] = await Promise.all([b.cluster.find(run.id), b.cluster.find(run.id)]);
    expect(mirrored).toBeInstanceOf(RemoteRun);
    expect(again).toBe(mirrored);
    const remote = mirrored as RemoteRun;
    expect(remote.owner).toBe('instance-a');
    expect(remote.init).toEqual(run.init);
    expect(remote.log.after(-1).map((e) => e.data)).toEqual(run.log.after(-1).map((e) => e.data));
    expect(b.registry.get(run.id)).toBe(remote);
    expect(await a.cluster.find(run.id)).toBe(run);

    const ended = done(remote);
    run.append({ event: 'token', data: { content: 'flexes the elbow.' } });
    run.append({ event: 'done', data: { run_id: run.id, status: 'complete' } });
    run.finish('complete', 3000);
    await ended;
    expect(remote.log.after(-1).map((e) => [e.index, e.data])).toEqual(
      run.log.after(-1).map((e) => [e.index, e.data]),
    );
    expect(remote.text).toBe('The biceps flexes the elbow.');
    expect(remote.status).toBe('complete');
    await waitFor(
      async () => (await b.cluster.activeRunId(run.init.threadId)) === null,
      'the thread to be free',
    );
    expect(await b.cluster.find('no-such-run')).toBeUndefined();
  });

  it('should bind a message to exactly one run however many instances claim it at once', async () => {
    const instancesAtOnce = [
      instance('instance-a'),
      instance('instance-b'),
      instance('instance-c'),
    ];
    const [a, b] = instancesAtOnce as [Instance, Instance];
    // The two channels of one message, landing on two instances at the same moment.
    const pairKey = `user-1\u0000\u0000${randomUUID()}`;
    const pair = [new LocalRun(runInit({ pairKey })), new LocalRun(runInit({ pairKey }))] as const;
    const [bySocket, bySse] = await Promise.all([
      a.cluster.claimPair(pair[0], 'socket'),
      b.cluster.claimPair(pair[1], 'sse'),
    ]);
    expect(bySocket).toBe(bySse);
    expect(pair.map((run) => run.id)).toContain(bySocket);
    // With a request id, however many requests arrive at once.
    const tagged = instancesAtOnce.map(
      () => new LocalRun(runInit({ pairKey: `k-${pairKey}`, requestId: 'req-1' })),
    );
    const winners = await Promise.all(
      instancesAtOnce.map((made, i) =>
        made.cluster.claimPair(tagged[i] as LocalRun, i % 2 === 0 ? 'socket' : 'sse'),
      ),
    );
    expect(new Set(winners).size).toBe(1);
    const winner = tagged.find((run) => run.id === winners[0]);
    expect(winner).toBeDefined();
    // The losers can mirror the winner at once, whichever instance won.
    const loser = instancesAtOnce[tagged.indexOf(winner as LocalRun) === 0 ? 1 : 0] as Instance;
    const found = await loser.cluster.find(winners[0] as string);
    expect(found).toBeInstanceOf(RemoteRun);
    expect(found?.init).toEqual(winner?.init);

    // Without a request id, a channel that already claimed the message is sending it again.
    const [first, repeat] = [
      new LocalRun(runInit({ pairKey: 'k2' })),
      new LocalRun(runInit({ pairKey: 'k2' })),
    ];
    expect(await a.cluster.claimPair(first, 'socket')).toBe(first.id);
    expect(await b.cluster.claimPair(repeat, 'socket')).toBe(repeat.id);
    // With one, every channel joins the first run.
    const original = new LocalRun(runInit({ pairKey: 'k3', requestId: 'req-2' }));
    const twin = new LocalRun(runInit({ pairKey: 'k3', requestId: 'req-2' }));
    expect(await a.cluster.claimPair(original, 'socket')).toBe(original.id);
    expect(await b.cluster.claimPair(twin, 'socket')).toBe(original.id);
    // A run that pairs with nothing needs no claim.
    const alone = new LocalRun(runInit());
    expect(await a.cluster.claimPair(alone, 'sse')).toBe(alone.id);
  });

  it('should deliver a cancel to the instance that generates the run, and to no other', async () => {
    const a = instance('instance-a');
    const b = instance('instance-b');
    const c = instance('instance-c');
    const run = publishedRun(a);
    const toA: [string, ErrorBody][] = [];
    const toC: [string, ErrorBody][] = [];
    a.cluster.onCancel((runId, reason) => toA.push([runId, reason]));
    c.cluster.onCancel((runId, reason) => toC.push([runId, reason]));
    await waitFor(async () => (await sharedLog(run.id)).length === 1, 'the shared log');

    const remote = await b.cluster.find(run.id);
    expect(remote).toBeInstanceOf(RemoteRun);
    await b.cluster.cancel(remote as RemoteRun, new AppError('cancelled', 'Stopped from a tab'));
    await waitFor(() => toA.length === 1, 'the cancel on the owner');
    expect(toA).toEqual([
      [run.id, { code: 'cancelled', message: 'Stopped from a tab', retryable: false }],
    ]);
    const reason = cancelReason(toA[0]?.[1] as ErrorBody);
    expect(reason).toMatchObject({ code: 'cancelled', message: 'Stopped from a tab' });
    expect(toC).toEqual([]);
  });

  it('should end a dead owner’s run with INTERRUPTED and done, once, and keep the owner from writing after them', async () => {
    const a = instance('instance-a');
    const b = instance('instance-b');
    const run = publishedRun(a);
    run.append({ event: 'token', data: { content: 'Half' } });
    await waitFor(async () => (await sharedLog(run.id)).length === 2, 'the shared log');
    const remote = (await b.cluster.find(run.id)) as RemoteRun;
    const ended = done(remote);

    expect(await b.cluster.interrupt(run.id)).toEqual(run.init);
    await ended;
    expect(remote.status).toBe('interrupted');
    expect(remote.log.after(1).map((e) => e.message)).toEqual([
      {
        event: 'error',
        data: {
          code: 'INTERRUPTED',
          message: 'The server answering this stopped; try again.',
          retryable: true,
        },
      },
      { event: 'done', data: { run_id: run.id, status: 'interrupted' } },
    ]);
    expect(await b.cluster.activeRunId(run.init.threadId)).toBeNull();
    expect(await control.zrange(redisKeys.userRuns('user-1'), 0, -1)).not.toContain(run.id);

    // A second reaper, or one after the owner ended it itself, changes nothing.
    expect(await b.cluster.interrupt(run.id)).toBeNull();
    expect(await a.cluster.interrupt(run.id)).toBeNull();
    // The owner, back from the dead, cannot append after the end.
    run.append({ event: 'token', data: { content: ' late' } });
    // Its connection sends in order: once this answers, the late write has been refused.
    await a.redis.ping();
    expect((await sharedLog(run.id)).map(([, event]) => event)).toEqual([
      'metadata',
      'token',
      'error',
      'done',
    ]);
    expect(await b.cluster.interrupt('no-such-run')).toBeNull();
  });

  it('should let one instance at a time start a regenerate of a thread', async () => {
    const a = instance('instance-a');
    const b = instance('instance-b');
    const threadId = randomUUID();
    const release = await a.cluster.claimRegenerate(threadId);
    expect(release).toBeInstanceOf(Function);
    expect(await b.cluster.claimRegenerate(threadId)).toBeNull();
    release?.();
    const next = await waitFor(() => b.cluster.claimRegenerate(threadId), 'the claim freed');
    // An old release does not free a newer claim.
    release?.();
    await a.redis.ping();
    expect(await a.cluster.claimRegenerate(threadId)).toBeNull();
    next();
  });
});
