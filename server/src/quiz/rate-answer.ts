import { Rating, type Grade } from 'ts-fsrs';

export interface AnswerOutcome {
  correct: boolean;
  /** Hints asked before answering. */
  hints: number;
  /** From the question being asked to the answer. */
  elapsedMs: number;
}

/** Answers quicker than this are recalled with ease. */
const EASY_MS = 6_000;
/** Answers slower than this were a struggle. */
const HARD_MS = 25_000;

/**
 * The FSRS grade of an answer: wrong (or skipped) is Again; right after a hint or slowly is Hard;
 * right and quick is Easy; otherwise Good.
 */
export function rateAnswer(outcome: AnswerOutcome): Grade {
  if (!outcome.correct) return Rating.Again;
  if (outcome.hints > 0 || outcome.elapsedMs > HARD_MS) return Rating.Hard;
  if (outcome.elapsedMs < EASY_MS) return Rating.Easy;
  return Rating.Good;
}
