import type { Database } from './database.js';

/** Ordered, append-only. Each runs once, in a transaction, recorded in `schema_migrations`. */
export const migrations: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'threads and messages',
    sql: `
      create table threads (
        id text primary key,
        user_id text not null,
        title text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index threads_by_user on threads (user_id, updated_at desc);

      create table messages (
        id text primary key,
        position bigint generated always as identity,
        thread_id text not null references threads (id) on delete cascade,
        user_id text not null,
        role text not null check (role in ('user', 'assistant')),
        text text not null default '',
        events jsonb not null default '[]'::jsonb,
        status text not null check (status in ('streaming', 'complete', 'cancelled', 'failed', 'interrupted')),
        run_id text,
        provider text,
        model text,
        usage jsonb,
        error jsonb,
        created_at timestamptz not null default now()
      );
      create index messages_by_thread on messages (thread_id, position);
      create index messages_by_run on messages (run_id);
    `,
  },
  {
    id: 2,
    name: 'messages by user and time, for quotas',
    sql: `create index messages_by_user_time on messages (user_id, created_at)`,
  },
  {
    id: 3,
    // A streaming answer is rewritten at every checkpoint; compressing it each time cost more
    // than the disk it saves.
    name: 'answers stored uncompressed',
    sql: `alter table messages alter column text set storage external;
      alter table messages alter column events set storage external`,
  },
  {
    id: 4,
    // Every generation started (new messages and regenerated answers alike), for the guests'
    // daily quotas per identity and per address. Rows older than two days are pruned.
    name: 'generation ledger for quotas',
    sql: `create table generations (
        id text primary key,
        user_id text not null,
        address text not null,
        anonymous boolean not null,
        created_at timestamptz not null default now()
      );
      create index generations_by_user on generations (user_id, created_at);
      create index generations_by_address on generations (address, created_at) where anonymous`,
  },
  {
    id: 5,
    // A late request for a message already answered is replayed, never generated again.
    name: 'request ids of user messages',
    sql: `alter table messages add column request_id text;
      create index messages_by_request on messages (user_id, request_id) where request_id is not null`,
  },
  {
    id: 6,
    // A question's answer stays here until it is answered: the client is never sent it.
    name: 'quizzes, their questions, and spaced-repetition cards',
    sql: `
      create table quizzes (
        id text primary key,
        user_id text not null,
        thread_id text not null references threads (id) on delete cascade,
        topic text not null,
        total integer not null,
        answered integer not null default 0,
        correct integer not null default 0,
        status text not null check (status in ('open', 'finished', 'stopped')),
        created_at timestamptz not null default now()
      );
      create index quizzes_by_thread on quizzes (thread_id, status);

      create table quiz_questions (
        id text primary key,
        quiz_id text not null references quizzes (id) on delete cascade,
        user_id text not null,
        position integer not null,
        kind text not null,
        muscle_id text not null,
        spec jsonb not null,
        status text not null check (status in ('pending', 'open', 'correct', 'wrong', 'wrong-side', 'skipped', 'stopped')),
        hints integer not null default 0,
        asked_at timestamptz,
        answered_at timestamptz,
        response jsonb,
        unique (quiz_id, position)
      );

      create table progress_cards (
        user_id text not null,
        muscle_id text not null,
        kind text not null,
        card jsonb not null,
        due timestamptz not null,
        last_correct boolean,
        updated_at timestamptz not null default now(),
        primary key (user_id, muscle_id, kind)
      );
      create index progress_cards_due on progress_cards (user_id, due)
    `,
  },
];

/** Any constant: the advisory lock that serializes migrations across instances. */
const MIGRATION_LOCK = 7_110_042;

/**
 * Applies pending migrations in one transaction. Instances that start together take turns on an
 * advisory lock: one migrates, the others then find nothing left to do.
 */
export const migrate = async (db: Database): Promise<void> => {
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      `create table if not exists schema_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())`,
    );
    const applied = new Set(
      (await tx.query<{ id: number }>('select id from schema_migrations')).map((r) => Number(r.id)),
    );
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      for (const statement of migration.sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.query(statement);
      }
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [
        migration.id,
        migration.name,
      ]);
    }
  });
};
