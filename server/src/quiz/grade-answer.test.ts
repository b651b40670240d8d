import { must } from '../../../test/support/must.js';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../language/catalog-index.js';
import { generateQuestion } from './generate-questions.js';
import { gradeAnswer, textNamesMuscle } from './grade-answer.js';
import type { QuestionSpec } from './question-spec.js';
import { seededRandom } from './seeded-random.js';

const index = indexCatalog(loadCatalog());

const findLeftTeresMinor: QuestionSpec = {
  kind: 'find',
  muscleId: 'teres-minor',
  prompt: 'Click the teres minor on the left side of the body.',
  answer: { type: 'click', muscleId: 'teres-minor', side: 'left' },
  answerText: 'Teres minor (left)',
  explanation: 'x',
  hint: 'y',
};

describe('gradeAnswer', () => {
  it('should accept a click on the right muscle and side', () => {
    const grade = gradeAnswer(index, findLeftTeresMinor, {
      type: 'click',
      structureId: 'teres-minor',
      side: 'left',
    });
    expect(grade).toMatchObject({ verdict: 'correct', correct: true });
  });

  it('should call the right muscle on the other side "wrong-side"', () => {
    const grade = gradeAnswer(index, findLeftTeresMinor, {
      type: 'click',
      structureId: 'teres-minor',
      side: 'right',
    });
    expect(grade).toMatchObject({ verdict: 'wrong-side', correct: false });
  });

  it('should reject a click on another muscle and name what was clicked', () => {
    const grade = gradeAnswer(index, findLeftTeresMinor, {
      type: 'click',
      structureId: 'infraspinatus',
      side: 'left',
    });
    expect(grade).toEqual({ verdict: 'wrong', correct: false, given: 'Infraspinatus (left)' });
  });

  it('should grade choices by index and skips as not correct', () => {
    const q = must(generateQuestion(index, index.muscle('supraspinatus'), 'fact', seededRandom(1)));
    if (q.answer.type !== 'choice') throw new Error('expected a choice question');
    const right = q.answer.index;
    expect(gradeAnswer(index, q, { type: 'choice', index: right }).correct).toBe(true);
    expect(gradeAnswer(index, q, { type: 'choice', index: (right + 1) % 4 }).correct).toBe(false);
    expect(gradeAnswer(index, q, { type: 'skip' }).verdict).toBe('skipped');
  });
});

describe('textNamesMuscle', () => {
  it('should accept the name, synonyms, lay names and small misspellings', () => {
    expect(textNamesMuscle(index, 'Teres minor', 'teres-minor')).toBe(true);
    expect(textNamesMuscle(index, 'teres minor muscle', 'teres-minor')).toBe(true);
    expect(textNamesMuscle(index, 'teres mnor', 'teres-minor')).toBe(true);
    expect(textNamesMuscle(index, 'biceps', 'biceps-brachii')).toBe(true);
    expect(textNamesMuscle(index, 'bicpes brachii', 'biceps-brachii')).toBe(true);
    expect(textNamesMuscle(index, 'lats', 'latissimus-dorsi')).toBe(true);
  });

  it('should reject another muscle, even a close name', () => {
    expect(textNamesMuscle(index, 'teres major', 'teres-minor')).toBe(false);
    expect(textNamesMuscle(index, 'infraspinatus', 'teres-minor')).toBe(false);
    expect(textNamesMuscle(index, 'teres major or minor', 'teres-minor')).toBe(false);
    expect(textNamesMuscle(index, 'no idea', 'teres-minor')).toBe(false);
  });
});
