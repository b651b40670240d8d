import type { QuizResponse } from '#shared/protocol/index';
import { useViewerStore } from '../state/use-viewer-store';
import { deriveQuiz } from './derive-quiz';
import { quizClient } from './quiz-client';
import { quizUiStore } from './quiz-ui-store';

/** Sends an answer for the open question, once at a time; the feedback comes as a run. */
export async function answerQuiz(questionId: string, answer: QuizResponse): Promise<void> {
  const client = quizClient();
  const ui = quizUiStore.getState();
  if (!client || ui.pendingQuestionId === questionId) return;
  quizUiStore.setState({ pendingQuestionId: questionId, error: null });
  const outcome = await client.answer(questionId, answer);
  quizUiStore.setState({ pendingQuestionId: null });
  if (!outcome.ok) {
    quizUiStore.setState({ error: { questionId, text: outcome.error.message } });
    return;
  }
  if (outcome.result.type === 'hint')
    quizUiStore.setState({ hint: { questionId, text: outcome.result.hint } });
}

/** The open question of the thread, if any. */
export const openQuestion = () => deriveQuiz(useViewerStore.getState().messages)?.question ?? null;

/**
 * A click in the 3D view while a Find it question is open answers it instead of selecting.
 * Returns true when the quiz took the click (a click on empty space is then ignored).
 */
export function routeClickToQuiz(
  structureId: string | null,
  partSide: 'left' | 'right' | 'midline' | undefined,
): boolean {
  const question = openQuestion();
  if (question?.answerBy !== 'click') return false;
  if (structureId) {
    const side = partSide === 'left' || partSide === 'right' ? partSide : 'both';
    void answerQuiz(question.questionId, { type: 'click', structureId, side });
  }
  return true;
}
