import type { QuizQuestionPayload } from '#shared/protocol/index';

/** What the message box suggests: while a quiz question is open, that the chat answers it too. */
export function composerPlaceholder(question: QuizQuestionPayload | null): string {
  if (question === null) return 'Ask about a muscle, e.g. “show me the rotator cuff from behind”';
  const controls = '“hint”, “skip” or “stop the quiz”';
  if (question.answerBy === 'click') return `Click the muscle in the 3D view, or type ${controls}`;
  if (question.answerBy === 'choice') return `Type the number of your answer, or ${controls}`;
  return `Type the muscle's name, or ${controls}`;
}
