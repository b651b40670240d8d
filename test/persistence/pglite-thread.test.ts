import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/store/database.js';
import { openPglite } from '../../server/src/store/open-pglite.js';

// The embedded database runs on its own thread; these check that it still behaves as one
// connection would: results and errors as PGlite gives them, transactions kept whole.
describe('the embedded database on its own thread', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openPglite(path.join(await mkdtemp(path.join(tmpdir(), 'pglite-thread-')), 'db'));
    await db.query('create table items (id int primary key, data jsonb, at timestamptz)');
  });
  afterAll(() => db.close());

  it('should return rows with their types: numbers, JSON, dates', async () => {
    await db.query('insert into items values ($1, $2::jsonb, $3)', [
      1,
      JSON.stringify({ muscles: ['biceps-brachii'] }),
      '2026-01-02T03:04:05Z',
    ]);
    const [row] = await db.query<{ id: number; data: unknown; at: Date }>(
      'select * from items where id = $1',
      [1],
    );
    expect(row?.id).toBe(1);
    expect(row?.data).toEqual({ muscles: ['biceps-brachii'] });
    expect(row?.at).toBeInstanceOf(Date);
    expect(row?.at.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('should reject a failed statement with its SQLSTATE code and keep working', async () => {
    const failure = db.query('insert into items (id) values (1)');
    await expect(failure).rejects.toThrow(/duplicate key/);
    await expect(failure).rejects.toMatchObject({ code: '23505' });
    expect(await db.query('select count(*)::int as n from items')).toEqual([{ n: 1 }]);
  });

  it('should hold other statements back until a transaction ends', async () => {
    let insideDone = false;
    const transaction = db.transaction(async (tx) => {
      await tx.query('insert into items (id) values (2)');
      await new Promise((r) => setTimeout(r, 20));
      await tx.query('insert into items (id) values (3)');
      insideDone = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    // Issued mid-transaction: it must neither run inside it nor see half of it.
    const seen = await db.query<{ id: number }>('select id from items where id > 1 order by id');
    expect(insideDone).toBe(true);
    expect(seen.map((r) => r.id)).toEqual([2, 3]);
    await transaction;
  });

  it('should roll a transaction back when its function throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into items (id) values (4)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.query('select id from items where id = 4')).toEqual([]);
  });

  it('should refuse statements once closed, with a clear error', async () => {
    const other = await openPglite(null);
    await other.close();
    await expect(other.query('select 1')).rejects.toThrow('The embedded database is closed');
  });
});
