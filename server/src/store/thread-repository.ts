import type { ThreadSummary } from '#shared/protocol/stored-message';
import type { Queryable } from './database.js';

type ThreadRow = {
  id: string;
  user_id: string;
  title: string;
  created_at: Date | string;
  updated_at: Date | string;
  message_count?: number | string;
};

const iso = (value: Date | string): string => new Date(value).toISOString();

const toSummary = (row: ThreadRow): ThreadSummary => ({
  id: row.id,
  title: row.title,
  created_at: iso(row.created_at),
  updated_at: iso(row.updated_at),
  message_count: Number(row.message_count ?? 0),
});

export type ThreadRecord = { id: string; userId: string; title: string };

/** Threads belong to one user; every read here is scoped by owner. */
export const createThreadRepository = (db: Queryable) => ({
  async create(thread: ThreadRecord): Promise<void> {
    await db.query('insert into threads (id, user_id, title) values ($1, $2, $3)', [
      thread.id,
      thread.userId,
      thread.title,
    ]);
  },

  async find(id: string): Promise<ThreadRecord | null> {
    const [row] = await db.query<ThreadRow>(
      'select id, user_id, title from threads where id = $1',
      [id],
    );
    return row ? { id: row.id, userId: row.user_id, title: row.title } : null;
  },

  async touch(id: string): Promise<void> {
    await db.query('update threads set updated_at = now() where id = $1', [id]);
  },

  async listForUser(
    userId: string,
    page: number,
    limit: number,
  ): Promise<{ threads: ThreadSummary[]; hasMore: boolean }> {
    const rows = await db.query<ThreadRow>(
      `select t.id, t.user_id, t.title, t.created_at, t.updated_at,
              (select count(*) from messages m where m.thread_id = t.id) as message_count
         from threads t where t.user_id = $1
        order by t.updated_at desc, t.id
        limit $2 offset $3`,
      [userId, limit + 1, page * limit],
    );
    return { threads: rows.slice(0, limit).map(toSummary), hasMore: rows.length > limit };
  },

  async rename(id: string, title: string): Promise<void> {
    await db.query('update threads set title = $2, updated_at = now() where id = $1', [id, title]);
  },

  async delete(id: string): Promise<void> {
    await db.query('delete from threads where id = $1', [id]);
  },
});
export type ThreadRepository = ReturnType<typeof createThreadRepository>;
