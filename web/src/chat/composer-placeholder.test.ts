import { describe, expect, it } from 'vitest';
import { composerPlaceholder } from './composer-placeholder';

const question = {
  quizId: 'quiz-0001',
  questionId: 'question-0001',
  number: 1,
  total: 3,
  kind: 'find' as const,
  prompt: 'Click the soleus.',
  answerBy: 'click' as const,
  topic: 'the calf',
};

describe('composerPlaceholder', () => {
  it('should suggest a question without a quiz, and the quiz words while a question is open', () => {
    expect(composerPlaceholder(null)).toMatch(/^Ask about a muscle/);
    expect(composerPlaceholder(question)).toMatch(/^Click the muscle.*“skip”/);
    expect(composerPlaceholder({ ...question, answerBy: 'choice' })).toMatch(/number/);
    expect(composerPlaceholder({ ...question, answerBy: 'text' })).toMatch(/name/);
  });
});
