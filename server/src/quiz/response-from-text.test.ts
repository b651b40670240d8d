import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../language/catalog-index.js';
import type { QuestionSpec } from './question-spec.js';
import { responseFromText } from './response-from-text.js';

const index = indexCatalog(loadCatalog());
const base = { muscleId: 'teres-minor', prompt: 'p', answerText: 'a', explanation: 'e', hint: 'h' };
const functionQuestion: QuestionSpec = {
  ...base,
  kind: 'function',
  choices: ['Deltoid', 'Teres minor', 'Subscapularis', 'Pectoralis major'],
  answer: { type: 'choice', index: 1 },
};

describe('responseFromText', () => {
  it('should read a choice by its number, its words, or a muscle name with a typo', () => {
    expect(responseFromText(index, functionQuestion, '2')).toEqual({ type: 'choice', index: 1 });
    expect(responseFromText(index, functionQuestion, 'subscapularis')).toEqual({
      type: 'choice',
      index: 2,
    });
    expect(responseFromText(index, functionQuestion, 'teres mnor')).toEqual({
      type: 'choice',
      index: 1,
    });
  });

  it('should make an answer that matches no choice a wrong one, and leave Find it to clicks', () => {
    const response = responseFromText(index, functionQuestion, 'the gluteus maximus');
    expect(response).toEqual({ type: 'choice', index: 4 });
    const find: QuestionSpec = {
      ...base,
      kind: 'find',
      answer: { type: 'click', muscleId: 'teres-minor', side: 'left' },
    };
    expect(responseFromText(index, find, 'teres minor')).toBeNull();
  });

  it('should read a choice by its place, with or without a lead-in, and skip and stop', () => {
    const choice = (text: string) => responseFromText(index, functionQuestion, text);
    expect(choice('option 3')).toEqual({ type: 'choice', index: 2 });
    expect(choice('the second one')).toEqual({ type: 'choice', index: 1 });
    expect(choice('b')).toEqual({ type: 'choice', index: 1 });
    expect(choice('the last one')).toEqual({ type: 'choice', index: 3 });
    expect(choice('is it the teres minor?')).toEqual({ type: 'choice', index: 1 });
    expect(choice("I don't know")).toEqual({ type: 'skip' });
    expect(choice('stop the quiz')).toEqual({ type: 'stop' });
    expect(choice('hint please')).toBeNull();
  });
});
