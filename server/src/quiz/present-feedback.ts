import type { ModelCommand } from '#shared/protocol/model-event';
import type { QuizResponse } from '#shared/protocol/quiz-answer';
import type { CatalogIndex } from '../language/catalog-index.js';
import type { Grade } from './grade-answer.js';
import type { QuestionRecord } from './quiz-repository.js';

const RIGHT_COLOR = '#2fa84f';
const WRONG_COLOR = '#d9480f';

/** What the student sees after answering: the verdict, then the right answer in words. */
export const feedbackText = (q: QuestionRecord, grade: Grade): string => {
  const { answerText, explanation } = q.spec;
  switch (grade.verdict) {
    case 'correct':
      return `**Correct:** ${answerText}. ${explanation}`;
    case 'wrong-side':
      return `**Right muscle, wrong side:** the question asked for ${answerText}. ${explanation}`;
    case 'skipped':
      return `**Skipped.** The answer: ${answerText}. ${explanation}`;
    case 'stopped':
      return 'Quiz stopped.';
    default:
      return `**Not quite:** you answered ${grade.given}. The answer: ${answerText}. ${explanation}`;
  }
};

/**
 * The scene after an answer: the right muscle selected (green) and framed, and a wrongly clicked
 * structure beside it (orange), so the student sees both.
 */
export const feedbackCommands = (
  index: CatalogIndex,
  q: QuestionRecord,
  grade: Grade,
  response: QuizResponse,
): ModelCommand[] => {
  const muscle = index.muscles.get(q.spec.muscleId);
  const side = q.spec.answer.type === 'click' ? q.spec.answer.side : 'both';
  const clicked =
    response.type === 'click' && !grade.correct
      ? { structureId: response.structureId, side: response.side }
      : undefined;
  const commands: ModelCommand[] = [
    {
      type: 'model:quizFeedback',
      payload: {
        quizId: q.quizId,
        questionId: q.id,
        verdict: grade.verdict,
        correct: grade.correct,
        answerText: q.spec.answerText,
        muscleId: q.spec.muscleId,
        side,
        ...(q.spec.answer.type === 'choice' ? { choiceIndex: q.spec.answer.index } : {}),
        given: grade.given.slice(0, 400),
        ...(clicked ? { clicked } : {}),
        explanation: q.spec.explanation.slice(0, 800),
        score: q.score,
      },
    },
  ];
  if (!muscle?.hasMesh) return commands;
  commands.push({
    type: 'model:selectMuscles',
    payload: { muscleIds: [muscle.id], side, mode: 'replace', color: RIGHT_COLOR },
  });
  const clickedKnown =
    clicked && (index.muscles.has(clicked.structureId) || index.bones.has(clicked.structureId));
  if (clicked && clickedKnown) {
    commands.push({
      type: 'model:selectMuscles',
      payload: {
        muscleIds: [clicked.structureId],
        side: clicked.side,
        mode: 'add',
        color: WRONG_COLOR,
      },
    });
  }
  commands.push({
    type: 'model:setCameraView',
    payload: {
      focus: {
        muscleIds: clicked && clickedKnown ? [muscle.id, clicked.structureId] : [muscle.id],
        side: clicked && clickedKnown && clicked.side !== side ? 'both' : side,
      },
    },
  });
  return commands;
};
