import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuests, type Guest } from '../support/guests.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { connectSocket, nextEvent } from '../support/socket-client.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let real: Database;
let server: RunningServer;
let u: Record<'ann' | 'ben', Guest>;
/** SQL that the database refuses while set, as a full disk or a lost connection would. */
let refuse: RegExp | null = null;

const faulty = (db: Database): Database => {
  const guard = (sql: string) => {
    if (refuse?.test(sql)) throw new Error('could not write: no space left on device');
  };
  return {
    kind: db.kind,
    query: async (sql, params) => {
      guard(sql);
      return db.query(sql, params);
    },
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
};

beforeAll(async () => {
  real = await openTestDatabase();
  server = await startTestServer({
    agent: createScriptedAgent(tokens('An answer that cannot be lost.')),
    database: faulty(real),
  });
  u = await createGuests(server.url, ['ann', 'ben']);
});
afterAll(async () => {
  await server.close();
  await real.close();
});

describe('the database refusing a write', () => {
  it('should tell the sender its message was not saved and end the stream with STORE_FAILED', async () => {
    const socket = await connectSocket(server.url, u.ann.auth);
    const saved = nextEvent(socket, 'message_saved');
    refuse = /insert into messages/;
    const ack = await socket
      .timeout(3000)
      .emitWithAck('model_start', { message: 'will not save', request_id: 'req-store-1' });
    expect(ack).toMatchObject({ ok: true });
    const events = await openEventStream(
      `${server.url}/model/token-stream?message=will+not+save&request_id=req-store-1&user_id=${u.ann.userId}`,
    ).finished;
    refuse = null;
    expect(await saved).toMatchObject({ stored: 'failed' });
    expect(
      events
        .slice(-2)
        .map((e) => [
          e.event,
          (e.data as { code?: string }).code ?? (e.data as { status?: string }).status,
        ]),
    ).toEqual([
      ['error', 'STORE_FAILED'],
      ['done', 'failed'],
    ]);
    socket.disconnect();
  });

  it('should still send the whole answer when only the final save fails, and say it was not saved', async () => {
    refuse = /status = u\.status/; // the final save, not a checkpoint
    const events = await openEventStream(
      `${server.url}/model/token-stream?message=final+save+fails&user_id=${u.ann.userId}`,
    ).finished;
    refuse = null;
    expect(tokensOf(events)).toBe('An answer that cannot be lost.');
    expect(events.at(-2)?.data).toMatchObject({ code: 'STORE_FAILED', retryable: true });
  });

  it('should keep serving everyone once the database recovers', async () => {
    const events = await openEventStream(
      `${server.url}/model/token-stream?message=after+recovery&user_id=${u.ben.userId}`,
    ).finished;
    expect(events.at(-1)?.data).toMatchObject({ status: 'complete' });
    const threadId = MetadataEvent.parse(events[0]?.data).thread_id;
    expect(
      (
        await real.query<{ text: string }>(
          'select text from messages where thread_id = $1 order by position',
          [threadId],
        )
      ).map((r) => r.text),
    ).toEqual(['after recovery', 'An answer that cannot be lost.']);
  });
});
