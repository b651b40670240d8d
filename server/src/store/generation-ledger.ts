import { AppError } from '../errors/app-error.js';
import type { Database } from './database.js';

export type GenerationRequest = {
  id: string;
  userId: string;
  /** The client address key (see client-address.ts). */
  address: string;
  anonymous: boolean;
};

export type GenerationLimits = {
  /** Generations one guest may start in 24 hours (0 = no limit). */
  perGuest: number;
  /** Generations all guests of one address may start in 24 hours (0 = no limit). */
  perGuestAddress: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** An advisory lock key per name; the seed keeps them apart from the migrations' lock. */
const LOCK = 'select pg_advisory_xact_lock(hashtextextended($1, 13))';

/**
 * The generation ledger: one row per answer started. A guest's reservation locks its identity
 * (and its address), counts and inserts in one transaction, so parallel starts on one instance
 * or on several sharing PostgreSQL never pass the quota together.
 */
export const createGenerationLedger = (db: Database) => ({
  async reserve(request: GenerationRequest, limits: GenerationLimits): Promise<void> {
    const limited = request.anonymous && (limits.perGuest > 0 || limits.perGuestAddress > 0);
    if (!limited) {
      await db.query(
        'insert into generations (id, user_id, address, anonymous) values ($1, $2, $3, $4)',
        [request.id, request.userId, request.address, request.anonymous],
      );
      return;
    }
    const since = new Date(Date.now() - DAY_MS).toISOString();
    const [counts] = await db.transaction(async (tx) => {
      await tx.query(LOCK, [`user:${request.userId}`]);
      if (limits.perGuestAddress > 0) await tx.query(LOCK, [`address:${request.address}`]);
      return tx.query<{
        user_n: string | number;
        address_n: string | number;
        inserted: string | number;
      }>(
        `with u as (select count(*) as n from generations where user_id = $2 and created_at >= $4),
              a as (select count(*) as n from generations
                    where address = $3 and anonymous and created_at >= $4 and $6::int > 0),
              ins as (insert into generations (id, user_id, address, anonymous)
                      select $1, $2, $3, true from u, a
                      where ($5::int = 0 or u.n < $5::int) and ($6::int = 0 or a.n < $6::int)
                      returning 1)
         select u.n as user_n, a.n as address_n, (select count(*) from ins) as inserted from u, a`,
        [
          request.id,
          request.userId,
          request.address,
          since,
          limits.perGuest,
          limits.perGuestAddress,
        ],
      );
    });
    if (Number(counts?.inserted ?? 0) === 1) return;
    if (limits.perGuest > 0 && Number(counts?.user_n ?? 0) >= limits.perGuest) {
      throw new AppError(
        'ANON_LIMIT_REACHED',
        `Guests can get ${limits.perGuest} answers a day; sign in to continue`,
      );
    }
    throw new AppError(
      'ANON_LIMIT_REACHED',
      `Guests on your network have used today's ${limits.perGuestAddress} answers; sign in to continue`,
    );
  },

  /** Takes back a reservation whose answer did not start after all. */
  async cancel(id: string): Promise<void> {
    await db.query('delete from generations where id = $1', [id]);
  },

  async countSince(userId: string, since: Date): Promise<number> {
    const [row] = await db.query<{ n: number | string }>(
      'select count(*) as n from generations where user_id = $1 and created_at >= $2',
      [userId, since.toISOString()],
    );
    return Number(row?.n ?? 0);
  },

  /** Drops rows no quota looks at any more. */
  async prune(before: Date): Promise<number> {
    const rows = await db.query<{ id: string }>(
      'delete from generations where created_at < $1 returning id',
      [before.toISOString()],
    );
    return rows.length;
  },
});
export type GenerationLedger = ReturnType<typeof createGenerationLedger>;
