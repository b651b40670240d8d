import { describe, expect, it } from 'vitest';
import type { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { planQuizReply } from './plan-quiz-reply.js';

const question = (answerBy: QuizQuestionPayload['answerBy']): QuizQuestionPayload => ({
  quizId: 'q',
  questionId: 'q1',
  number: 2,
  total: 5,
  kind: answerBy === 'click' ? 'find' : answerBy === 'text' ? 'name' : 'fact',
  prompt: 'Which nerve supplies the teres minor?',
  answerBy,
  ...(answerBy === 'choice' ? { choices: ['Axillary', 'Radial', 'Ulnar', 'Median'] } : {}),
  topic: 'the rotator cuff',
});

const index = indexCatalog(loadCatalog());
const plan = (message: string, quiz: QuizQuestionPayload | null) =>
  planQuizReply(index, { message, scene: null, history: [], quiz });

describe('planQuizReply', () => {
  it('should hand an answer, a skip, a hint and a stop to the quiz tool and relay its verdict', () => {
    for (const message of [
      '2',
      'is it the axillary nerve?',
      'skip',
      'a hint please',
      'stop the quiz',
    ]) {
      const steps = plan(message, question('choice'))?.steps ?? [];
      expect(steps[0]?.calls).toEqual([
        { toolName: 'gradeQuizAnswer', input: { answer: message } },
      ]);
      expect(steps.at(-1)).toMatchObject({ text: '', relay: true });
    }
    expect(plan('what was the question?', question('text'))?.steps[0]?.calls).toEqual([
      { toolName: 'askQuizQuestion', input: {} },
    ]);
  });

  it('should leave other questions to the guide', () => {
    expect(plan('what does the deltoid do?', question('text'))).toBeNull();
    expect(plan('where is the teres minor?', question('click'))).toBeNull();
    // A new quiz asked for while a question is open starts it (planQuiz); it answers nothing.
    expect(plan('3 questions on the hamstrings', question('click'))).toBeNull();
    expect(plan('5 questions on the calf', question('text'))).toBeNull();
    expect(plan('stop the quiz', question('text'))?.steps[0]?.calls).toHaveLength(1);
    expect(plan('deltoid', null)).toBeNull();
    expect(plan('help', null)).toBeNull();
  });

  it('should tell a name typed for a Find it question that a click answers it, and show nothing', () => {
    const steps = plan('teres minor', question('click'))?.steps ?? [];
    expect(steps.map((s) => s.text).join('')).toMatch(/answered by clicking the muscle/);
    expect(steps.flatMap((s) => s.calls)).toEqual([]);
  });

  it('should say so when a quiz control comes with no question open', () => {
    const steps = plan('next question', null)?.steps ?? [];
    expect(steps.map((s) => s.text).join('')).toMatch(/No quiz question is open/);
    expect(steps.flatMap((s) => s.calls)).toEqual([]);
  });
});
