import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import type { Database } from '../../server/src/store/database.js';
import { createMessageRepository } from '../../server/src/store/message-repository.js';
import { openDatabase } from '../../server/src/store/open-database.js';
import { createScriptedAgent, tokens } from '../support/scripted-agent.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { createGuests, fetchAs } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';
import { waitFor } from '../support/util.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/**
 * The same checks on whichever database the suite runs against: the embedded PGlite in a data
 * directory (reopened from disk), or PostgreSQL (TEST_DATABASE_URL, reconnected).
 */
const reopenable = async (): Promise<{
  open: () => Promise<Database>;
  cleanup: () => Promise<void>;
}> => {
  if (process.env.TEST_DATABASE_URL) {
    const db = await openTestDatabase();
    // Keep the database; hand out connections that do not drop it on close.
    return {
      open: async () => ({ ...db, close: async () => undefined }),
      cleanup: () => db.close(),
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'anatomy-store-'));
  dirs.push(dir);
  return { open: () => openDatabase({ dataDir: dir }), cleanup: async () => undefined };
};

describe('persistence across a restart', () => {
  it('should keep threads and answers, and mark an answer cut off mid-stream as interrupted', async () => {
    const store = await reopenable();
    const agent = createScriptedAgent((input) =>
      input.message === 'slow'
        ? [...tokens('This answer will be cut '), { hang: true }]
        : tokens('Stored answer.'),
    );

    let db = await store.open();
    let server = await startTestServer({ agent, database: db, config: { CHECKPOINT_MS: '0' } });
    const u = await createGuests(server.url, ['olga']);
    const done = await openEventStream(
      `${server.url}/model/token-stream?message=remember+me&user_id=${u.olga.userId}`,
    ).finished;
    const threadId = MetadataEvent.parse(done[0]?.data).thread_id;
    const slow = openEventStream(
      `${server.url}/model/token-stream?${new URLSearchParams({ message: 'slow', user_id: u.olga.userId, thread_id: threadId })}`,
    );
    await waitFor(() => tokensOf(slow.received) === 'This answer will be cut ', 'partial answer');
    // Simulate a crash: the process dies without ending the run (no close(), no final write).
    await waitFor(
      async () =>
        (await createMessageRepository(db).history(threadId)).at(-1)?.text ===
        'This answer will be cut ',
      'checkpoint',
    );
    slow.source.close();
    server.io.close();
    await db.close();

    db = await store.open();
    server = await startTestServer({ agent, database: db });
    const res = await fetchAs(
      `${server.url}/api/threads/${threadId}/messages?user_id=${u.olga.userId}`,
    );
    const body = (await res.json()) as {
      messages: { role: string; text: string; status: string; error: { code: string } | null }[];
    };
    expect(body.messages.map((m) => [m.role, m.text, m.status])).toEqual([
      ['user', 'remember me', 'complete'],
      ['assistant', 'Stored answer.', 'complete'],
      ['user', 'slow', 'complete'],
      ['assistant', 'This answer will be cut ', 'interrupted'],
    ]);
    expect(body.messages.at(-1)?.error?.code).toBe('INTERRUPTED');

    const threads = (await (
      await fetchAs(`${server.url}/api/threads?user_id=${u.olga.userId}`)
    ).json()) as { threads: { id: string; title: string; message_count: number }[] };
    expect(threads.threads).toEqual([
      expect.objectContaining({ id: threadId, title: 'remember me', message_count: 4 }),
    ]);
    await server.close();
    await db.close();
    await store.cleanup();
  }, 60_000);
});
