import { describe, expect, it } from 'vitest';
import { answerWords, readQuizControl, readQuizReply } from './read-quiz-reply.js';

describe('readQuizControl', () => {
  it.each([
    ['skip', 'skip'],
    ['Skip this one', 'skip'],
    ['next question', 'skip'],
    ["I don't know", 'skip'],
    ['idk', 'skip'],
    ['no idea, sorry', 'skip'],
    ["what's the answer?", 'skip'],
    ['I give up', 'skip'],
    ['hint', 'hint'],
    ['give me a hint please', 'hint'],
    ['can I get a clue?', 'hint'],
    ['stop the quiz', 'stop'],
    ['end quiz', 'stop'],
    ["I'm done", 'stop'],
    ['that’s enough', 'stop'],
    ['please stop this quiz now', 'stop'],
    ['repeat the question', 'repeat'],
    ['what was the question again?', 'repeat'],
  ] as const)('should read "%s" as %s', (message, control) => {
    expect(readQuizControl(message)).toBe(control);
  });

  it.each(['the deltoid', 'what does the deltoid do', 'skip leg day muscles', 'stop signs'])(
    'should read "%s" as no control',
    (message) => expect(readQuizControl(message)).toBeNull(),
  );
});

describe('readQuizReply', () => {
  it('should take a short answer with its lead-in for a typed or chosen answer', () => {
    expect(readQuizReply('deltoid', 'text')).toEqual({ type: 'answer' });
    expect(readQuizReply('is it the soleus?', 'text')).toEqual({ type: 'answer' });
    expect(readQuizReply('2', 'choice')).toEqual({ type: 'answer' });
    expect(readQuizReply('I think it is the femoral nerve', 'choice')).toEqual({ type: 'answer' });
    expect(answerWords("It's the infraspinatus!")).toBe('the infraspinatus');
  });

  it('should leave questions and requests of their own to the guide', () => {
    expect(readQuizReply('what does the deltoid do?', 'text')).toBeNull();
    expect(readQuizReply('show me the deltoid', 'choice')).toBeNull();
    expect(readQuizReply('zoom in a bit', 'text')).toBeNull();
    // Chat that answers nothing is not graded as a wrong answer.
    expect(readQuizReply('ok', 'text')).toBeNull();
    expect(readQuizReply('thanks!', 'choice')).toBeNull();
    expect(readQuizReply('hmm wait', 'text')).toBeNull();
    expect(
      readQuizReply('I am not sure because the muscles in this area all look alike to me', 'text'),
    ).toBeNull();
  });

  it('should take controls, and tell a typed name it needs a click, while a question waits for one', () => {
    expect(readQuizReply('teres minor', 'click')).toEqual({ type: 'needs-click' });
    expect(readQuizReply('where is the teres minor?', 'click')).toBeNull();
    expect(readQuizReply('skip', 'click')).toEqual({ type: 'control', control: 'skip' });
  });
});
