import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '#shared/protocol/index';
import { deriveQuiz, quizActive } from './derive-quiz';

let seq = 0;
const event = (type: ModelEvent['type'], payload: unknown): ModelEvent =>
  ({ id: `e-${seq}`, runId: 'run-1', seq: seq++, type, payload }) as ModelEvent;

const question = (quizId: string, questionId: string, number: number) =>
  event('model:quizQuestion', {
    quizId,
    questionId,
    number,
    total: 3,
    kind: 'find',
    prompt: 'Click the teres minor.',
    answerBy: 'click',
    topic: 'the rotator cuff',
  });
const feedback = (quizId: string, questionId: string, correct: boolean, answered: number) =>
  event('model:quizFeedback', {
    quizId,
    questionId,
    verdict: correct ? 'correct' : 'wrong',
    correct,
    answerText: 'Teres minor',
    muscleId: 'teres-minor',
    side: 'left',
    explanation: 'A small rotator cuff muscle.',
    score: { correct: correct ? 1 : 0, answered, total: 3 },
  });

describe('deriveQuiz', () => {
  it('should have no quiz in a thread without quiz events', () => {
    expect(deriveQuiz([{ events: [event('model:clearSelection', {})] }])).toBeNull();
  });

  it('should open a question, close it with its feedback, and open the next', () => {
    const asked = [{ events: [question('quiz-0001', 'q-000001', 1)] }];
    expect(deriveQuiz(asked)?.question?.questionId).toBe('q-000001');
    const answered = [...asked, { events: [feedback('quiz-0001', 'q-000001', true, 1)] }];
    const view = deriveQuiz(answered);
    expect(view?.question).toBeNull();
    expect(view?.feedback?.correct).toBe(true);
    expect(view?.score).toEqual({ correct: 1, answered: 1, total: 3 });
    expect(quizActive(view)).toBe(true);
    const next = deriveQuiz([...answered, { events: [question('quiz-0001', 'q-000002', 2)] }]);
    expect(next?.question?.number).toBe(2);
    expect(next?.feedback?.questionId).toBe('q-000001');
  });

  it('should end the quiz, and let a new quiz replace an old one', () => {
    const ended = [
      { events: [question('quiz-0001', 'q-000001', 1)] },
      {
        events: [
          event('model:quizEnd', {
            quizId: 'quiz-0001',
            reason: 'stopped',
            score: { correct: 0, answered: 0, total: 3 },
          }),
        ],
      },
    ];
    expect(quizActive(deriveQuiz(ended))).toBe(false);
    const again = deriveQuiz([...ended, { events: [question('quiz-0002', 'q-000009', 1)] }]);
    expect(again?.quizId).toBe('quiz-0002');
    expect(again?.feedback).toBeNull();
    expect(quizActive(again)).toBe(true);
  });

  it("should ignore another quiz's late feedback", () => {
    const view = deriveQuiz([
      { events: [question('quiz-0002', 'q-000009', 1)] },
      { events: [feedback('quiz-0001', 'q-000001', true, 1)] },
    ]);
    expect(view?.question?.questionId).toBe('q-000009');
  });
});
