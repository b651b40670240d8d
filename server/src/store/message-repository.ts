import type { ErrorBody } from '#shared/protocol/error-code';
import type { MessageStatus } from '#shared/protocol/message-status';
import type { ModelEvent } from '#shared/protocol/model-event';
import type { StoredMessage } from '#shared/protocol/stored-message';
import type { Usage } from '#shared/protocol/usage';
import type { Checkpoint } from './checkpoint-delta.js';
import type { Queryable } from './database.js';

type MessageRow = {
  id: string;
  thread_id: string;
  user_id: string;
  role: 'user' | 'assistant';
  text: string;
  events: ModelEvent[];
  status: MessageStatus;
  run_id: string | null;
  provider: string | null;
  model: string | null;
  usage: Usage | null;
  error: ErrorBody | null;
  created_at: Date | string;
};

const columns =
  'id, thread_id, user_id, role, text, events, status, run_id, provider, model, usage, error, created_at';

const toStored = (row: MessageRow): StoredMessage => ({
  id: row.id,
  thread_id: row.thread_id,
  role: row.role,
  text: row.text,
  events: row.events ?? [],
  status: row.status,
  run_id: row.run_id,
  provider: row.provider,
  model: row.model,
  usage: row.usage,
  error: row.error,
  created_at: new Date(row.created_at).toISOString(),
});

export type NewMessage = {
  id: string;
  threadId: string;
  userId: string;
  role: 'user' | 'assistant';
  text: string;
  status: MessageStatus;
  runId: string | null;
  provider?: string | null;
  model?: string | null;
};

export type MessageUpdate = {
  text: string;
  events: readonly ModelEvent[];
  status: MessageStatus;
  usage?: Usage | null;
  error?: ErrorBody | null;
};

/** A user message and the assistant's (streaming) answer to it, saved together. */
export type NewTurn = {
  threadId: string;
  /** Create the thread in the same statement (its first message). */
  newThreadTitle: string | null;
  userId: string;
  runId: string;
  userMessage: { id: string; text: string };
  assistantMessage: { id: string; provider: string; model: string };
  /** The client's idempotency key, so a late request for this message finds its answer. */
  requestId?: string | null;
};

export const createMessageRepository = (db: Queryable) => {
  /** Saves many final answers in one statement (see group-commit.ts). */
  const updateMany = async (
    updates: readonly (MessageUpdate & { id: string })[],
  ): Promise<void> => {
    if (updates.length === 0) return;
    const json = (value: unknown) => (value ? JSON.stringify(value) : null);
    await db.query(
      `update messages as m
     set text = u.text, events = u.events::jsonb, status = u.status, usage = u.usage::jsonb,
         error = u.error::jsonb
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       as u(id, text, events, status, usage, error)
     where m.id = u.id`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.text),
        updates.map((u) => JSON.stringify(u.events)),
        updates.map((u) => u.status),
        updates.map((u) => json(u.usage)),
        updates.map((u) => json(u.error)),
      ],
    );
  };

  return {
    /**
     * Saves turns in ONE statement: new threads, both messages of each turn (the user's first, the
     * turns in the given order), and existing threads' updated time. One round trip for many
     * turns keeps the embedded database from becoming the queue new answers wait in.
     */
    async insertTurns(turns: readonly NewTurn[]): Promise<void> {
      if (turns.length === 0) return;
      const column = <V>(pick: (turn: NewTurn) => V) => turns.map(pick);
      await db.query(
        `with t as (
         select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                              $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           with ordinality as t(thread_id, user_id, title, user_message_id, user_text, run_id,
                                answer_id, provider, model, request_id, n)
       ), new_threads as (
         -- A client-chosen id may arrive twice at once (two messages for one new thread).
         insert into threads (id, user_id, title)
         select distinct on (thread_id) thread_id, user_id, title from t
         where title is not null order by thread_id, n
         on conflict (id) do nothing
         returning id
       ), new_messages as (
         insert into messages (id, thread_id, user_id, role, text, status, run_id, provider, model,
                               request_id)
         select id, thread_id, user_id, role, text, status, run_id, provider, model, request_id
         from (
           select user_message_id as id, thread_id, user_id, 'user' as role, user_text as text,
                  'complete' as status, run_id, null::text as provider, null::text as model,
                  request_id, n * 2 as k from t
           union all
           select answer_id, thread_id, user_id, 'assistant', '', 'streaming', run_id, provider,
                  model, null, n * 2 + 1 from t
         ) rows order by k
         returning id
       )
       update threads set updated_at = now()
       where id in (select thread_id from t where title is null)`,
        [
          column((t) => t.threadId),
          column((t) => t.userId),
          column((t) => t.newThreadTitle),
          column((t) => t.userMessage.id),
          column((t) => t.userMessage.text),
          column((t) => t.runId),
          column((t) => t.assistantMessage.id),
          column((t) => t.assistantMessage.provider),
          column((t) => t.assistantMessage.model),
          column((t) => t.requestId ?? null),
        ],
      );
    },

    async insert(message: NewMessage): Promise<void> {
      await db.query(
        `insert into messages (id, thread_id, user_id, role, text, status, run_id, provider, model)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          message.id,
          message.threadId,
          message.userId,
          message.role,
          message.text,
          message.status,
          message.runId,
          message.provider ?? null,
          message.model ?? null,
        ],
      );
    },

    update: (id: string, update: MessageUpdate): Promise<void> => updateMany([{ id, ...update }]),
    updateMany,
    /**
     * Appends to many streaming answers in one statement what each gained since its last
     * checkpoint: the stored text is cut to `textFrom` characters (and the events to `eventsFrom`)
     * before the tail is appended, so sending a tail again (a retry after a save that did land)
     * never doubles it. An answer that already ended is left alone, so a late checkpoint never
     * undoes a final save; one holding less than `textFrom` is left for the final save.
     */
    async checkpoint(batch: readonly Checkpoint[]): Promise<void> {
      if (batch.length === 0) return;
      await db.query(
        `update messages as m
       set text = case when char_length(m.text) = u.text_from then m.text
                       else left(m.text, u.text_from) end || u.text,
           events = case when jsonb_array_length(m.events) = u.events_from then m.events
                         else (select coalesce(jsonb_agg(e.value order by e.n), '[]'::jsonb)
                               from jsonb_array_elements(m.events) with ordinality as e(value, n)
                               where e.n <= u.events_from) end || u.events::jsonb
       from unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::text[])
         as u(id, text_from, text, events_from, events)
       where m.id = u.id and m.status = 'streaming'
         and char_length(m.text) >= u.text_from and jsonb_array_length(m.events) >= u.events_from`,
        [
          batch.map((c) => c.messageId),
          batch.map((c) => c.textFrom),
          batch.map((c) => c.text),
          batch.map((c) => c.eventsFrom),
          batch.map((c) => JSON.stringify(c.events)),
        ],
      );
    },

    async find(id: string): Promise<(StoredMessage & { user_id: string }) | null> {
      const [row] = await db.query<MessageRow>(`select ${columns} from messages where id = $1`, [
        id,
      ]);
      return row ? { ...toStored(row), user_id: row.user_id } : null;
    },

    /**
     * The message a client sent with this request id (and text), and the answer after it (the
     * newest, should it have been regenerated): what a late request for it replays.
     */
    async findAnswered(
      userId: string,
      requestId: string,
      text: string,
    ): Promise<{ question: StoredMessage; answer: StoredMessage } | null> {
      const [question] = await db.query<MessageRow>(
        `select ${columns} from messages
         where user_id = $1 and request_id = $2 and text = $3 and role = 'user'
         order by position desc limit 1`,
        [userId, requestId, text],
      );
      if (!question) return null;
      const [answer] = await db.query<MessageRow>(
        `select ${columns} from messages
         where thread_id = $1 and role = 'assistant'
           and position > (select position from messages where id = $2)
         order by position desc limit 1`,
        [question.thread_id, question.id],
      );
      return answer ? { question: toStored(question), answer: toStored(answer) } : null;
    },

    async findByRun(runId: string): Promise<StoredMessage | null> {
      const [row] = await db.query<MessageRow>(
        `select ${columns} from messages where run_id = $1 and role = 'assistant'`,
        [runId],
      );
      return row ? toStored(row) : null;
    },

    /**
     * A page of the thread, oldest first: the newest `limit` messages, or those before the
     * message `before`, or (`page` > 0) the page-th `limit` messages counting back from the newest.
     */
    async page(
      threadId: string,
      limit: number,
      before?: string,
      pageNumber = 0,
    ): Promise<{ messages: StoredMessage[]; nextBefore: string | null }> {
      const rows = await db.query<MessageRow>(
        `select ${columns} from messages
        where thread_id = $1
          and ($2::text is null or position < (select position from messages where id = $2 and thread_id = $1))
        order by position desc
        limit $3 offset $4`,
        [threadId, before ?? null, limit + 1, before ? 0 : pageNumber * limit],
      );
      const page = rows.slice(0, limit).reverse();
      return {
        messages: page.map(toStored),
        nextBefore: rows.length > limit && page[0] ? page[0].id : null,
      };
    },

    /** The whole thread, oldest first: the agent's memory (trimmed to a budget by the caller). */
    async history(threadId: string, limit = 200): Promise<StoredMessage[]> {
      return (await this.page(threadId, limit)).messages;
    },

    /**
     * A regenerated answer replaces every answer after its user message, in one statement: the
     * new streaming row in, the old ones out, the thread touched, or none of it.
     */
    async replaceAnswer(answer: NewMessage, userMessageId: string): Promise<void> {
      await db.query(
        `with removed as (
           delete from messages
           where thread_id = $2 and role = 'assistant'
             and position > (select position from messages where id = $10)
           returning id),
         inserted as (
           insert into messages (id, thread_id, user_id, role, text, status, run_id, provider, model)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id),
         touched as (update threads set updated_at = now() where id = $2 returning id)
         select (select count(*) from removed) as removed, (select count(*) from touched) as touched`,
        [
          answer.id,
          answer.threadId,
          answer.userId,
          answer.role,
          answer.text,
          answer.status,
          answer.runId,
          answer.provider ?? null,
          answer.model ?? null,
          userMessageId,
        ],
      );
    },

    async delete(id: string): Promise<void> {
      await db.query('delete from messages where id = $1', [id]);
    },

    /**
     * Answers left `streaming` become `interrupted`: every one (one instance, at start-up), or
     * those of the given runs (a dead instance's, in a cluster).
     */
    async markInterrupted(runIds?: readonly string[]): Promise<number> {
      if (runIds?.length === 0) return 0;
      const rows = await db.query<{ id: string }>(
        `update messages set status = 'interrupted',
         error = '{"code":"INTERRUPTED","message":"The server stopped while this answer was streaming","retryable":true}'::jsonb
       where status = 'streaming'${runIds ? ' and run_id = any($1::text[])' : ''} returning id`,
        runIds ? [runIds] : [],
      );
      return rows.length;
    },
  };
};
export type MessageRepository = ReturnType<typeof createMessageRepository>;
