import type { QuizResponse } from '#shared/protocol/quiz-answer';
import type { CatalogIndex } from '../language/catalog-index.js';
import type { Grade } from './grade-answer.js';
import { feedbackCommands, feedbackText } from './present-feedback.js';
import { questionCommands, questionText } from './present-question.js';
import type { CloseResult } from './quiz-repository.js';
import type { StepSegment } from './quiz-step-agent.js';

/** What a graded step says and shows: the feedback, then the next question or the quiz's end. */
export function stepSegments(
  index: CatalogIndex,
  { closed, next }: CloseResult,
  grade: Grade,
  response: QuizResponse,
): StepSegment[] {
  const segments: StepSegment[] = [];
  if (grade.verdict !== 'stopped') {
    segments.push({
      text: feedbackText(closed, grade),
      commands: feedbackCommands(index, closed, grade, response),
    });
  }
  if (next) {
    segments.push({ text: questionText(next), commands: questionCommands(next) });
    return segments;
  }
  const { score } = closed;
  const stopped = grade.verdict === 'stopped';
  segments.push({
    text: stopped
      ? `Quiz stopped: ${score.correct} of ${score.answered} right.`
      : `**Quiz over:** ${score.correct} of ${score.total} right. Ask "quiz me on what I got wrong" to review the misses.`,
    commands: [
      {
        type: 'model:quizEnd',
        payload: { quizId: closed.quizId, reason: stopped ? 'stopped' : 'finished', score },
      },
    ],
  });
  return segments;
}
