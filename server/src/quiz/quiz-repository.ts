import type { QuizScore } from '#shared/protocol/quiz-feedback';
import type { Database, Queryable } from '../store/database.js';
import type { QuestionSpec } from './question-spec.js';

export type QuestionStatus =
  'pending' | 'open' | 'correct' | 'wrong' | 'wrong-side' | 'skipped' | 'stopped';

/** A question as stored, with its quiz's topic and score. */
export interface QuestionRecord {
  id: string;
  quizId: string;
  userId: string;
  threadId: string;
  topic: string;
  position: number;
  spec: QuestionSpec;
  status: QuestionStatus;
  hints: number;
  askedAt: Date | null;
  score: QuizScore;
}

type QuestionRow = {
  id: string;
  quiz_id: string;
  user_id: string;
  thread_id: string;
  topic: string;
  position: number;
  spec: QuestionSpec | string;
  status: QuestionStatus;
  hints: number;
  asked_at: Date | string | null;
  total: number;
  answered: number;
  correct: number;
};

const toRecord = (row: QuestionRow): QuestionRecord => ({
  id: row.id,
  quizId: row.quiz_id,
  userId: row.user_id,
  threadId: row.thread_id,
  topic: row.topic,
  position: Number(row.position),
  spec: typeof row.spec === 'string' ? (JSON.parse(row.spec) as QuestionSpec) : row.spec,
  status: row.status,
  hints: Number(row.hints),
  askedAt: row.asked_at ? new Date(row.asked_at) : null,
  score: { total: Number(row.total), answered: Number(row.answered), correct: Number(row.correct) },
});

const SELECT_QUESTION = `select q.id, q.quiz_id, q.user_id, z.thread_id, z.topic, q.position, q.spec, q.status,
  q.hints, q.asked_at, z.total, z.answered, z.correct
  from quiz_questions q join quizzes z on z.id = q.quiz_id`;

export interface NewQuiz {
  id: string;
  userId: string;
  threadId: string;
  topic: string;
  questions: { id: string; spec: QuestionSpec }[];
}

/** What closing a question led to: the next question now open, or the quiz's end. */
export interface CloseResult {
  closed: QuestionRecord;
  next: QuestionRecord | null;
}

/** Quizzes and their questions. Every change to a quiz happens in one transaction. */
export const createQuizRepository = (db: Database) => {
  const findQuestion = async (conn: Queryable, id: string): Promise<QuestionRecord | null> => {
    const [row] = await conn.query<QuestionRow>(`${SELECT_QUESTION} where q.id = $1`, [id]);
    return row ? toRecord(row) : null;
  };

  return {
    /** Creates a quiz with its first question open; any other open quiz in the thread stops. */
    async create(quiz: NewQuiz, now: Date): Promise<QuestionRecord> {
      return db.transaction(async (tx) => {
        await tx.query(
          `update quiz_questions set status = 'stopped' where status in ('open', 'pending')
             and quiz_id in (select id from quizzes where thread_id = $1 and status = 'open')`,
          [quiz.threadId],
        );
        await tx.query(
          `update quizzes set status = 'stopped' where thread_id = $1 and status = 'open'`,
          [quiz.threadId],
        );
        await tx.query(
          'insert into quizzes (id, user_id, thread_id, topic, total, status) values ($1, $2, $3, $4, $5, $6)',
          [quiz.id, quiz.userId, quiz.threadId, quiz.topic, quiz.questions.length, 'open'],
        );
        for (const [position, question] of quiz.questions.entries()) {
          await tx.query(
            `insert into quiz_questions (id, quiz_id, user_id, position, kind, muscle_id, spec, status, asked_at)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              question.id,
              quiz.id,
              quiz.userId,
              position,
              question.spec.kind,
              question.spec.muscleId,
              JSON.stringify(question.spec),
              position === 0 ? 'open' : 'pending',
              position === 0 ? now : null,
            ],
          );
        }
        const first = await findQuestion(tx, quiz.questions[0]?.id ?? '');
        if (!first) throw new Error('the quiz was saved without its first question');
        return first;
      });
    },

    findQuestion: (id: string) => findQuestion(db, id),

    /** The user's open question in a thread, if any. */
    async openInThread(threadId: string, userId: string): Promise<QuestionRecord | null> {
      const [row] = await db.query<QuestionRow>(
        `${SELECT_QUESTION} where z.thread_id = $1 and q.user_id = $2 and q.status = 'open'
          order by q.asked_at desc limit 1`,
        [threadId, userId],
      );
      return row ? toRecord(row) : null;
    },

    async addHint(id: string): Promise<void> {
      await db.query(
        `update quiz_questions set hints = hints + 1 where id = $1 and status = 'open'`,
        [id],
      );
    },

    /**
     * Closes an open question with its verdict and opens the next one, or ends the quiz (`stopped`
     * ends it at once). Null when the question was no longer open: another answer won.
     */
    async close(
      id: string,
      status: Exclude<QuestionStatus, 'pending' | 'open'>,
      response: unknown,
      now: Date,
    ): Promise<CloseResult | null> {
      return db.transaction(async (tx) => {
        const [updated] = await tx.query<{ quiz_id: string; position: number }>(
          `update quiz_questions set status = $2, response = $3, answered_at = $4
            where id = $1 and status = 'open' returning quiz_id, position`,
          [id, status, JSON.stringify(response), now],
        );
        if (!updated) return null;
        const quizId = updated.quiz_id;
        if (status === 'stopped') {
          await tx.query(
            `update quiz_questions set status = 'stopped' where quiz_id = $1 and status = 'pending'`,
            [quizId],
          );
          await tx.query(`update quizzes set status = 'stopped' where id = $1`, [quizId]);
        } else {
          await tx.query(
            `update quizzes set answered = answered + 1, correct = correct + $2 where id = $1`,
            [quizId, status === 'correct' ? 1 : 0],
          );
        }
        const [pending] =
          status === 'stopped'
            ? []
            : await tx.query<{ id: string }>(
                `select id from quiz_questions where quiz_id = $1 and status = 'pending'
                  order by position limit 1`,
                [quizId],
              );
        if (pending) {
          await tx.query(`update quiz_questions set status = 'open', asked_at = $2 where id = $1`, [
            pending.id,
            now,
          ]);
        } else if (status !== 'stopped') {
          await tx.query(`update quizzes set status = 'finished' where id = $1`, [quizId]);
        }
        const closed = await findQuestion(tx, id);
        if (!closed) throw new Error('the closed question vanished');
        return { closed, next: pending ? await findQuestion(tx, pending.id) : null };
      });
    },
  };
};
export type QuizRepository = ReturnType<typeof createQuizRepository>;
