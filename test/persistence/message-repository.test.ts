import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelEvent } from '#shared/protocol/model-event';
import type { Database } from '../../server/src/store/database.js';
import { createMessageRepository } from '../../server/src/store/message-repository.js';
import { openTestDatabase } from '../support/test-server.js';

describe('the message repository on a real database', () => {
  let db: Database;
  let messages: ReturnType<typeof createMessageRepository>;

  beforeAll(async () => {
    db = await openTestDatabase();
    messages = createMessageRepository(db);
  });
  afterAll(() => db.close());

  /** A new thread with one turn whose answer is streaming; returns the answer's ids. */
  const streamingTurn = async () => {
    const ids = { thread: randomUUID(), run: randomUUID(), answer: randomUUID() };
    await messages.insertTurns([
      {
        threadId: ids.thread,
        newThreadTitle: 'test',
        userId: 'g_user',
        runId: ids.run,
        userMessage: { id: randomUUID(), text: 'question' },
        assistantMessage: { id: ids.answer, provider: 'test', model: 'test' },
      },
    ]);
    return ids;
  };

  it('should checkpoint many streaming answers in one call, and leave ended ones alone', async () => {
    const [one, two, ended] = await Promise.all([
      streamingTurn(),
      streamingTurn(),
      streamingTurn(),
    ]);
    await messages.update(ended.answer, { text: 'final', events: [], status: 'complete' });
    const event = {
      id: 'r-0',
      runId: 'r',
      seq: 0,
      type: 'model:resetView',
      payload: {},
    } as ModelEvent;
    const from0 = { textFrom: 0, eventsFrom: 0 };
    await messages.checkpoint([
      {
        messageId: one.answer,
        text: 'partial one — “quoted”, {braces}',
        events: [event],
        ...from0,
      },
      { messageId: two.answer, text: 'partial two', events: [], ...from0 },
      { messageId: ended.answer, text: 'stale checkpoint', events: [], ...from0 },
    ]);
    const found = await Promise.all([one, two, ended].map((ids) => messages.find(ids.answer)));
    expect(found.map((m) => [m?.text, m?.status])).toEqual([
      ['partial one — “quoted”, {braces}', 'streaming'],
      ['partial two', 'streaming'],
      ['final', 'complete'],
    ]);
    expect(found[0]?.events).toEqual([event]);
  });

  it('should append what each answer gained, and never double a tail sent twice', async () => {
    const ids = await streamingTurn();
    const event = (seq: number) =>
      ({ id: `r-${seq}`, runId: 'r', seq, type: 'model:resetView', payload: {} }) as ModelEvent;
    const smile = '\u{1F600}';
    await messages.checkpoint([
      {
        messageId: ids.answer,
        textFrom: 0,
        text: `é${smile} one`,
        eventsFrom: 0,
        events: [event(0)],
      },
    ]);
    // Characters counted as the database counts them: é and the emoji are one each.
    const second = {
      messageId: ids.answer,
      textFrom: 6,
      text: ' two',
      eventsFrom: 1,
      events: [event(1)],
    };
    await messages.checkpoint([second]);
    // A retry of a save that landed: the same tail again.
    await messages.checkpoint([second]);
    const found = await messages.find(ids.answer);
    expect(found?.text).toBe(`é${smile} one two`);
    expect(found?.events).toEqual([event(0), event(1)]);
    await messages.checkpoint([
      { messageId: ids.answer, textFrom: 10, text: ' three', eventsFrom: 2, events: [] },
    ]);
    expect((await messages.find(ids.answer))?.text).toBe(`é${smile} one two three`);
    // A tail past what is stored would leave a hole: left for the final save.
    await messages.checkpoint([
      { messageId: ids.answer, textFrom: 99, text: ' lost', eventsFrom: 2, events: [] },
    ]);
    expect((await messages.find(ids.answer))?.text).toBe(`é${smile} one two three`);
  });

  it('should mark only the given runs interrupted when told which', async () => {
    const [dead, alive] = await Promise.all([streamingTurn(), streamingTurn()]);
    expect(await messages.markInterrupted([dead.run])).toBe(1);
    expect(await messages.markInterrupted([])).toBe(0);
    expect((await messages.find(dead.answer))?.status).toBe('interrupted');
    expect((await messages.find(alive.answer))?.status).toBe('streaming');
  });

  it('should save many turns in one call: new and existing threads, each question before its answer', async () => {
    const existing = await streamingTurn();
    const fresh = randomUUID();
    const turn = (threadId: string, title: string | null, text: string) => ({
      threadId,
      newThreadTitle: title,
      userId: 'g_user',
      runId: randomUUID(),
      userMessage: { id: randomUUID(), text },
      assistantMessage: { id: randomUUID(), provider: 'test', model: 'test' },
    });
    await messages.insertTurns([
      turn(existing.thread, null, 'second question'),
      turn(fresh, 'fresh thread', 'first question'),
      turn(existing.thread, null, 'third question'),
    ]);
    const history = await messages.history(existing.thread, 10);
    expect(history.map((m) => [m.role, m.text])).toEqual([
      ['user', 'question'],
      ['assistant', ''],
      ['user', 'second question'],
      ['assistant', ''],
      ['user', 'third question'],
      ['assistant', ''],
    ]);
    expect((await messages.history(fresh, 10)).map((m) => m.text)).toEqual(['first question', '']);
    const [thread] = await db.query<{ title: string }>('select title from threads where id = $1', [
      fresh,
    ]);
    expect(thread?.title).toBe('fresh thread');
  });
});
