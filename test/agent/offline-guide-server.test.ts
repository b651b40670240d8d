import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { CompleteEvent, MetadataEvent, ModelEvent } from '#shared/protocol/index';
import { createGuest, type Guest } from '../support/guests.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let guest: Guest;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({
    agent: createAgentFromEnv({ OFFLINE_TOKEN_DELAY_MS: '2' }),
    database: db,
  });
  guest = await createGuest(server.url);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('offline guide on the real server', () => {
  it('should stream "show me the rotator cuff from behind" as tokens, a four-muscle selection and a posterior camera', async () => {
    const events = await openEventStream(`${server.url}/model/token-stream`, {
      method: 'POST',
      body: JSON.stringify({
        message: 'show me the rotator cuff from behind',
        user_id: guest.userId,
      }),
    }).finished;

    const metadata = MetadataEvent.parse(events[0]?.data);
    expect(metadata).toMatchObject({ provider: 'offline', model: 'guide-1', offline: true });
    expect(events.at(-1)?.event).toBe('done');

    const complete = CompleteEvent.parse(events.find((e) => e.event === 'complete')?.data);
    const tokens = events.filter((e) => e.event === 'token');
    expect(tokens.length).toBeGreaterThan(10);
    expect(tokensOf(events)).toBe(complete.response);
    expect(complete.response).toContain('rotator cuff');

    const modelEvents = events
      .filter((e) => e.event === 'event')
      .map((e) => ModelEvent.parse(e.data));
    const select = modelEvents.find((e) => e.type === 'model:selectMuscles');
    expect(select?.payload).toMatchObject({ side: 'both', mode: 'replace' });
    expect(select?.type === 'model:selectMuscles' && [...select.payload.muscleIds].sort()).toEqual([
      'infraspinatus',
      'subscapularis',
      'supraspinatus',
      'teres-minor',
    ]);
    const camera = modelEvents.find((e) => e.type === 'model:setCameraView');
    expect(camera?.payload).toMatchObject({ view: 'posterior' });
    expect(complete.events).toEqual(modelEvents);
    expect(complete.usage?.outputTokens).toBeGreaterThan(0);

    // The events arrive between tokens: after the sentence that announces them, before the rest.
    const firstEvent = events.findIndex((e) => e.event === 'event');
    const lastToken = events.findLastIndex((e) => e.event === 'token');
    expect(events.slice(0, firstEvent).some((e) => e.event === 'token')).toBe(true);
    expect(firstEvent).toBeLessThan(lastToken);
    // Its reading of the question streams as thinking before the first token.
    const thinking = events
      .filter((e) => e.event === 'thinking')
      .map((e) => (e.data as { content: string }).content);
    expect(thinking.join('')).toContain('Rotator cuff');
    expect(
      events.findIndex(
        (e) => e.event === 'thinking' && (e.data as { content: string }).content !== '',
      ),
    ).toBeLessThan(events.findIndex((e) => e.event === 'token'));
  });
});
