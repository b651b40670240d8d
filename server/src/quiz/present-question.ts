import type { ModelCommand } from '#shared/protocol/model-event';
import type { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import type { QuestionRecord } from './quiz-repository.js';

/** The question as the student may see it: no answer, no muscle id. */
export const questionPayload = (q: QuestionRecord): QuizQuestionPayload => ({
  quizId: q.quizId,
  questionId: q.id,
  number: q.position + 1,
  total: q.score.total,
  kind: q.spec.kind,
  prompt: q.spec.prompt,
  answerBy:
    q.spec.answer.type === 'click' ? 'click' : q.spec.answer.type === 'text' ? 'text' : 'choice',
  ...(q.spec.choices ? { choices: q.spec.choices } : {}),
  topic: q.topic,
});

/** The question in the chat, so the thread's history (and a model reading it) has it too. */
export const questionText = (q: QuestionRecord): string => {
  const head = `**Question ${q.position + 1} of ${q.score.total}:** ${q.spec.prompt}`;
  const how =
    q.spec.kind === 'find'
      ? ' Click it in the 3D view.'
      : q.spec.kind === 'name'
        ? ' Type its name on the question card or in the chat.'
        : ' Answer on the card or type its number in the chat.';
  const choices = (q.spec.choices ?? []).map((c, i) => `\n${i + 1}. ${c}`).join('');
  return `${head}${how}${choices}`;
};

/**
 * The scene for asking: Name it highlights its muscle (labels are hidden by the quiz view). The
 * other kinds leave the last answer on screen until the student answers.
 */
export const questionCommands = (q: QuestionRecord): ModelCommand[] => {
  const commands: ModelCommand[] = [];
  if (q.spec.kind === 'name') {
    commands.push(
      { type: 'model:selectMuscles', payload: { muscleIds: [q.spec.muscleId], side: 'both' } },
      {
        type: 'model:setCameraView',
        payload: { focus: { muscleIds: [q.spec.muscleId], side: 'both' } },
      },
    );
  }
  commands.push({ type: 'model:quizQuestion', payload: questionPayload(q) });
  return commands;
};
