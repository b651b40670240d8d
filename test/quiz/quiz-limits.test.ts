import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import { startServer, type RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { ModelEvent } from '#shared/protocol/index';
import { createGuest, type Guest } from '../support/guests.js';
import { openEventStream } from '../support/sse-client.js';
import { openTestDatabase, testConfig } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let guest: Guest;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startServer({
    config: testConfig({ RATE_LIMIT_PER_MINUTE: '2' }),
    agent: createAgentFromEnv({ OFFLINE_TOKEN_DELAY_MS: '0' }),
    database: db,
    _internal: { quizPauseMs: 0 },
  });
  guest = await createGuest(server.url);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const skip = (questionId: string) =>
  fetch(`${server.url}/api/quiz/${questionId}/answer`, {
    method: 'POST',
    headers: { ...guest.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ answer: { type: 'skip' } }),
  });

describe('quiz answers and limits', () => {
  it('should rate limit answers like messages, record nothing when refused, and keep hints free', async () => {
    const events = await openEventStream(`${server.url}/model/token-stream`, {
      method: 'POST',
      body: JSON.stringify({ message: '3 questions on the hamstrings', user_id: guest.userId }),
    }).finished;
    const question = events
      .filter((e) => e.event === 'event')
      .map((e) => ModelEvent.parse(e.data))
      .find((e) => e.type === 'model:quizQuestion');
    if (question?.type !== 'model:quizQuestion') throw new Error('no question');

    const first = await skip(question.payload.questionId);
    expect(first.status).toBe(200);
    const { run_id: runId } = (await first.json()) as { run_id: string };
    const step = await openEventStream(
      `${server.url}/model/runs/${runId}/stream?user_id=${guest.userId}`,
    ).finished;
    const next = step
      .filter((e) => e.event === 'event')
      .map((e) => ModelEvent.parse(e.data))
      .find((e) => e.type === 'model:quizQuestion');
    if (next?.type !== 'model:quizQuestion') throw new Error('no next question');

    // The quiz's message and the first answer used the two admissions of this minute.
    const refused = await skip(next.payload.questionId);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    const [row] = await db.query<{ status: string }>(
      'select status from quiz_questions where id = $1',
      [next.payload.questionId],
    );
    expect(row?.status).toBe('open');

    const hint = await fetch(`${server.url}/api/quiz/${next.payload.questionId}/answer`, {
      method: 'POST',
      headers: { ...guest.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ answer: { type: 'hint' } }),
    });
    expect(hint.status).toBe(200);
  });
});
