import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { openEventStream, tokensOf, type ReceivedEvent } from '../support/sse-client.js';
import { createGuests, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let u: Record<'ivan' | 'judy' | 'mallory', Guest>;
const answer =
  'The rotator cuff is four muscles: supraspinatus, infraspinatus, teres minor and subscapularis. Together they hold the head of the humerus in its socket. ';
const agent = createScriptedAgent(
  [
    ...tokens(answer),
    {
      event: {
        type: 'model:selectMuscles',
        payload: { muscleIds: ['supraspinatus', 'infraspinatus'] },
      },
    },
    ...tokens('Seen from behind, they wrap the shoulder blade.'),
  ],
  { stepDelayMs: 15 },
);
const fullText = `${answer}Seen from behind, they wrap the shoulder blade.`;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({ agent, database: db, config: { RUN_GRACE_MS: '60000' } });
  u = await createGuests(server.url, ['ivan', 'judy', 'mallory']);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const streamUrl = (params: Record<string, string>) =>
  `${server.url}/model/token-stream?${new URLSearchParams(params)}`;

describe('resume with Last-Event-ID', () => {
  it('should continue after the last event seen, with no new generation and byte-exact text', async () => {
    const before = agent.calls.length;
    const first = openEventStream(streamUrl({ message: 'rotator cuff', user_id: u.ivan.userId }), {
      stopWhen: (_e, all) => all.filter((x) => x.event === 'token').length === 6,
    });
    const head = await first.finished;
    const lastId = head.at(-1)?.id as string;

    const rest = await openEventStream(
      streamUrl({ message: 'rotator cuff', user_id: u.ivan.userId }),
      {
        headers: { 'Last-Event-ID': lastId },
      },
    ).finished;

    expect(agent.calls.length - before).toBe(1);
    const all: ReceivedEvent[] = [...head, ...rest];
    expect(all.map((e) => e.id)).toEqual(
      all.map((_e, i) => `${MetadataEvent.parse(head[0]?.data).run_id}:${i}`),
    );
    expect(tokensOf(all)).toBe(fullText);
    expect((rest.find((e) => e.event === 'complete')?.data as { response: string }).response).toBe(
      fullText,
    );
  });

  it('should resume the run stream by ?after= (a reloaded page) the same way', async () => {
    const head = await openEventStream(
      streamUrl({ message: 'reload me', user_id: u.ivan.userId }),
      {
        stopWhen: (_e, all) => all.filter((x) => x.event === 'token').length === 3,
      },
    ).finished;
    const runId = MetadataEvent.parse(head[0]?.data).run_id;
    const rest = await openEventStream(
      `${server.url}/model/runs/${runId}/stream?${new URLSearchParams({ user_id: u.ivan.userId, after: head.at(-1)?.id as string })}`,
    ).finished;
    expect(tokensOf([...head, ...rest])).toBe(fullText);
  });

  it('should replay to done when reconnecting after the run ended', async () => {
    const events = await openEventStream(
      streamUrl({ message: 'finished run', user_id: u.ivan.userId }),
    ).finished;
    const third = events[2]?.id as string;
    const replay = await openEventStream(
      streamUrl({ message: 'finished run', user_id: u.ivan.userId }),
      { headers: { 'Last-Event-ID': third } },
    ).finished;
    expect(replay.map((e) => e.id)).toEqual(events.slice(3).map((e) => e.id));
    expect(replay.at(-1)?.event).toBe('done');
  });

  it('should refuse to resume another user’s run', async () => {
    const events = await openEventStream(streamUrl({ message: 'private', user_id: u.ivan.userId }))
      .finished;
    const stolen = await openEventStream(
      streamUrl({ message: 'private', user_id: u.mallory.userId }),
      {
        headers: { 'Last-Event-ID': events[1]?.id as string },
      },
    ).finished;
    expect(stolen.map((e) => e.event)).toEqual(['error', 'done']);
    expect(stolen[0]?.data).toMatchObject({ code: 'RUN_NOT_FOUND' });
    expect(tokensOf(stolen)).toBe('');
  });
});

describe('a second client', () => {
  it('should get the run so far, then live events, when it joins mid-run', async () => {
    const first = openEventStream(streamUrl({ message: 'two tabs', user_id: u.judy.userId }));
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        if (first.received.filter((e) => e.event === 'token').length >= 4) {
          clearInterval(timer);
          resolve(null);
        }
      }, 5);
    });
    const runId = MetadataEvent.parse(first.received[0]?.data).run_id;
    const second = await openEventStream(
      `${server.url}/model/runs/${runId}/stream?user_id=${u.judy.userId}`,
    ).finished;
    const firstEvents = await first.finished;
    expect(second.map((e) => e.id)).toEqual(firstEvents.map((e) => e.id));
    expect(tokensOf(second)).toBe(fullText);
  });
});
