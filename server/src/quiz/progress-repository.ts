import type { QuizKind } from '#shared/protocol/quiz-question';
import type { Queryable } from '../store/database.js';
import type { StoredCard } from './schedule-card.js';

export interface CardRecord {
  muscleId: string;
  kind: QuizKind;
  card: StoredCard;
  lastCorrect: boolean | null;
}

type CardRow = {
  muscle_id: string;
  kind: QuizKind;
  card: StoredCard | string;
  last_correct: boolean | null;
};

const toRecord = (row: CardRow): CardRecord => ({
  muscleId: row.muscle_id,
  kind: row.kind,
  card: typeof row.card === 'string' ? (JSON.parse(row.card) as StoredCard) : row.card,
  lastCorrect: row.last_correct,
});

/** One spaced-repetition card per (user, muscle, question kind); reads are scoped by owner. */
export const createProgressRepository = (db: Queryable) => ({
  async find(userId: string, muscleId: string, kind: QuizKind): Promise<CardRecord | null> {
    const [row] = await db.query<CardRow>(
      'select muscle_id, kind, card, last_correct from progress_cards where user_id = $1 and muscle_id = $2 and kind = $3',
      [userId, muscleId, kind],
    );
    return row ? toRecord(row) : null;
  },

  async save(userId: string, record: CardRecord): Promise<void> {
    await db.query(
      `insert into progress_cards (user_id, muscle_id, kind, card, due, last_correct, updated_at)
       values ($1, $2, $3, $4, $5, $6, now())
       on conflict (user_id, muscle_id, kind)
       do update set card = excluded.card, due = excluded.due, last_correct = excluded.last_correct,
         updated_at = now()`,
      [
        userId,
        record.muscleId,
        record.kind,
        JSON.stringify(record.card),
        record.card.due,
        record.lastCorrect,
      ],
    );
  },

  /** Every card of the user, the soonest due first. */
  async list(userId: string): Promise<CardRecord[]> {
    const rows = await db.query<CardRow>(
      'select muscle_id, kind, card, last_correct from progress_cards where user_id = $1 order by due, muscle_id, kind',
      [userId],
    );
    return rows.map(toRecord);
  },
});
export type ProgressRepository = ReturnType<typeof createProgressRepository>;
