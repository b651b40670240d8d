import type { QuizKind } from '#shared/protocol/quiz-question';
import type { Side } from '#shared/protocol/ids';

/** A choice question's answer: the index of the right option. */
export interface ChoiceAnswer {
  type: 'choice';
  index: number;
}

/** A click question's answer: the muscle, and the side when the prompt names one. */
export interface ClickAnswer {
  type: 'click';
  muscleId: string;
  side: Side;
}

/** A typed question's answer: the muscle whose names (and misspellings of them) count. */
export interface TextAnswer {
  type: 'text';
  muscleId: string;
}

/**
 * One question as the server keeps it: what the student sees (`prompt`, `choices`) and what only
 * the server knows (`answer`) until it is answered.
 */
export interface QuestionSpec {
  kind: QuizKind;
  /** The muscle the question is about (its card is the one graded). */
  muscleId: string;
  prompt: string;
  choices?: string[];
  answer: ChoiceAnswer | ClickAnswer | TextAnswer;
  /** The right answer as the student reads it. */
  answerText: string;
  /** A fact shown with the feedback. */
  explanation: string;
  /** For hints: the region name and the answer's first letter. */
  hint: string;
}
