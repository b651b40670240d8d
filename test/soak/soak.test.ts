import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompleteEvent, ModelEvent } from '#shared/protocol/index';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest, type Guest } from '../support/guests.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapAfterGc = async () => {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await sleep(50);
  }
  return process.memoryUsage().heapUsed;
};

const STREAMS = 500;
const questions = [
  'show me the rotator cuff from behind',
  'which muscles flex the elbow?',
  'where does the deltoid insert?',
  'give me a tour of the hamstrings',
  'what nerve supplies the biceps?',
];
let db: Database;
let server: RunningServer;
let guest: Guest;

beforeAll(async () => {
  db = await openTestDatabase();
  const agent = createAgentFromEnv({ LLM_PROVIDER: 'offline', OFFLINE_TOKEN_DELAY_MS: '1' });
  server = await startTestServer({ agent, database: db, config: { RUN_GRACE_MS: '200' } });
  guest = await createGuest(server.url);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('500 concurrent streams against the offline guide', () => {
  it('should give every client its whole answer, every model event once, and give the memory back', async () => {
    // One round first, so the baseline is taken with code and caches warm.
    await openEventStream(
      `${server.url}/model/token-stream?message=warm+up&user_id=${guest.userId}`,
    ).finished;
    const before = await heapAfterGc();

    // Checked inside a function so the clients' received events are garbage before measuring.
    const verify = async () => {
      const streams = Array.from(
        { length: STREAMS },
        (_, i) =>
          openEventStream(
            `${server.url}/model/token-stream?${new URLSearchParams({ message: questions[i % questions.length] as string, user_id: guest.userId })}`,
          ).finished,
      );
      const results = await Promise.all(streams);

      let events = 0;
      for (const received of results) {
        expect(received.at(-1)?.event).toBe('done');
        const complete = CompleteEvent.parse(received.find((e) => e.event === 'complete')?.data);
        expect(tokensOf(received)).toBe(complete.response);
        const modelEvents = received
          .filter((e) => e.event === 'event')
          .map((e) => ModelEvent.parse(e.data));
        expect(modelEvents.map((e) => e.seq)).toEqual(modelEvents.map((_e, i) => i));
        expect(new Set(modelEvents.map((e) => e.id)).size).toBe(modelEvents.length);
        expect(modelEvents).toEqual(complete.events);
        events += modelEvents.length;
      }
      expect(events).toBeGreaterThan(STREAMS);
    };
    await verify();

    // Ended runs leave memory after the grace period; the heap returns near where it was.
    await sleep(400);
    const after = await heapAfterGc();
    expect(after - before, `heap grew by ${((after - before) / 1e6).toFixed(1)} MB`).toBeLessThan(
      16 * 1024 * 1024,
    );
  }, 120_000);
});
