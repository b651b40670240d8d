import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { Database } from '../../server/src/store/database.js';
import { createGuest } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket } from '../support/socket-client.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';
import { waitFor } from '../support/util.js';

/** A clean stop, answers resumed from the database, and stale cookies: as the docs say. */
let db: Database;
const agent = createScriptedAgent((input) =>
  input.message === 'long' ? [...tokens('Half an answer '), { hang: true }] : tokens('Whole.'),
);

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('a server stopped with SIGTERM (close)', () => {
  it('should end live answers as interrupted in the stream and in the database, and resume them from there with their run id', async () => {
    const server = await startTestServer({ agent, database: db, config: { CHECKPOINT_MS: '0' } });
    const guest = await createGuest(server.url);
    const live = openEventStream(
      `${server.url}/model/token-stream?message=long&user_id=${guest.userId}`,
    );
    await waitFor(() => tokensOf(live.received) === 'Half an answer ', 'partial answer');
    const { run_id: runId, thread_id: threadId } = MetadataEvent.parse(live.received[0]?.data);
    await server.close();
    const events = await live.finished;
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { status: 'interrupted' } });

    const next = await startTestServer({ agent, database: db });
    try {
      const history = (await (
        await fetch(`${next.url}/api/threads/${threadId}/messages`, { headers: guest.headers })
      ).json()) as { messages: { status: string; text: string }[] };
      expect(history.messages.at(-1)).toMatchObject({
        status: 'interrupted',
        text: 'Half an answer ',
      });
      // A reconnect after the restart is answered from the database: the same run's ids.
      const lastId = events.at(-3)?.id ?? `${runId}:2`;
      const resumed = await openEventStream(
        `${next.url}/model/runs/${runId}/stream?after=${encodeURIComponent(lastId)}`,
        { headers: guest.headers },
      ).finished;
      expect(resumed.map((e) => e.event)).toEqual(['error', 'done']);
      expect(resumed[1]?.data).toEqual({ run_id: runId, status: 'interrupted' });
      expect(resumed.every((e) => e.id.startsWith(`${runId}:`))).toBe(true);
    } finally {
      await next.close();
    }
  });
});

describe('a stale or invalid session cookie', () => {
  it('should get a new guest on the socket as it does on HTTP', async () => {
    const server = await startTestServer({ agent, database: db });
    try {
      const stale = 'anatomy_session=gs1.g_AAAAAAAAAAAAAAAAAAAAAA.forged';
      const http = await fetch(`${server.url}/api/session`, { headers: { cookie: stale } });
      expect(http.status).toBe(200);
      expect(http.headers.get('set-cookie')).toMatch(/anatomy_session=gs1\./);

      const socket = await connectSocket(server.url, {}, { cookie: stale });
      const ack = (await socket.timeout(5000).emitWithAck('model_start', { message: 'hi' })) as {
        ok: boolean;
      };
      expect(ack.ok).toBe(true);
      socket.disconnect();
    } finally {
      await server.close();
    }
  });
});
