import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What only this tab knows about the quiz: an answer on its way, a hint, an error, the panel. */
export interface QuizUiState {
  /** The question an answer was sent for, until the server replies. */
  pendingQuestionId: string | null;
  hint: { questionId: string; text: string } | null;
  error: { questionId: string; text: string } | null;
  /** Ended quizzes whose score card was closed. */
  dismissedQuizId: string | null;
  progressOpen: boolean;
}

export const quizUiStore = createStore<QuizUiState>()(() => ({
  pendingQuestionId: null,
  hint: null,
  error: null,
  dismissedQuizId: null,
  progressOpen: false,
}));

/** One field per call, like the viewer store. */
export const useQuizUi = <T>(selector: (state: QuizUiState) => T): T =>
  useStore(quizUiStore, selector);
