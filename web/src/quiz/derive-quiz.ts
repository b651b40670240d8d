import type {
  ModelEvent,
  QuizEndPayload,
  QuizFeedbackPayload,
  QuizQuestionPayload,
  QuizScore,
} from '#shared/protocol/index';

/** The thread's latest quiz as its events tell it. */
export interface QuizView {
  quizId: string;
  topic: string;
  /** The open question; null between questions and after the end. */
  question: QuizQuestionPayload | null;
  /** The last answer's feedback in this quiz. */
  feedback: QuizFeedbackPayload | null;
  end: QuizEndPayload | null;
  score: QuizScore;
}

/**
 * The latest quiz of a thread, from its messages' events in order: derived, never kept in step by
 * hand, so a reload (history), a second tab (a followed run) and live streaming agree.
 */
export function deriveQuiz(
  messages: readonly { events: readonly ModelEvent[] }[],
): QuizView | null {
  let quiz: QuizView | null = null;
  for (const message of messages) for (const event of message.events) quiz = nextQuiz(quiz, event);
  return quiz;
}

/** The quiz after one more event. */
function nextQuiz(quiz: QuizView | null, event: ModelEvent): QuizView | null {
  switch (event.type) {
    case 'model:quizQuestion': {
      const same = quiz !== null && quiz.quizId === event.payload.quizId;
      return {
        quizId: event.payload.quizId,
        topic: event.payload.topic,
        question: event.payload,
        feedback: same ? quiz.feedback : null,
        end: null,
        score: same ? quiz.score : { correct: 0, answered: 0, total: event.payload.total },
      };
    }
    case 'model:quizFeedback':
      if (quiz === null || quiz.quizId !== event.payload.quizId) return quiz;
      return {
        ...quiz,
        question: quiz.question?.questionId === event.payload.questionId ? null : quiz.question,
        feedback: event.payload,
        score: event.payload.score,
      };
    case 'model:quizEnd':
      if (quiz === null || quiz.quizId !== event.payload.quizId) return quiz;
      return { ...quiz, question: null, end: event.payload, score: event.payload.score };
    default:
      return quiz;
  }
}

/** Whether a quiz is under way: its panels stay hidden until it ends. */
export const quizActive = (quiz: QuizView | null): boolean => quiz !== null && quiz.end === null;
